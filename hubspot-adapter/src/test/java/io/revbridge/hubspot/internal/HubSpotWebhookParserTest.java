package io.revbridge.hubspot.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.WebhookRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotWebhookParserTest {
  final HubSpotWebhookParser parser = new HubSpotWebhookParser("hs");

  static WebhookRequest body(String json) {
    return new WebhookRequest("POST", "https://revbridge.example.com/webhooks/hubspot/hs", Map.of(),
        json.getBytes(UTF_8), Instant.now());
  }

  @Test
  void eventsBecomeChangesOfTheirObjectTypeAndKind() {
    List<Change> changes = parser.parse(body(HubSpotTestServer.body("webhook-events.json")));

    assertThat(changes).extracting(Change::ref, Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "contacts", "173595202426"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "companies", "9001"), ChangeKind.DELETE),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "deals", "7001"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "contacts", "173595202427"), ChangeKind.DELETE),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "deals", "7002"), ChangeKind.UPSERT));
  }

  @Test
  void changeCarriesOccurredAtTheCompositeEventKeyAndNoRecord() {
    Change first = parser.parse(body(HubSpotTestServer.body("webhook-events.json"))).get(0);

    assertThat(first.occurredAt()).isEqualTo(Instant.ofEpochMilli(1765043528476L));
    assertThat(first.eventKey()).isEqualTo("hubspot:50687303:4849549:714285774:173595202426:1765043528476");
    assertThat(first.record()).isEmpty();
  }

  @Test
  void theSameDeliveryParsedTwiceGivesTheSameEventKeys() {
    String json = HubSpotTestServer.body("webhook-events.json");

    assertThat(parser.parse(body(json))).extracting(Change::eventKey)
        .isEqualTo(parser.parse(body(json)).stream().map(Change::eventKey).toList());
  }

  @Test
  void oldPayloadsNamingTheTypeEventTypeAreUnderstood() {
    List<Change> changes = parser.parse(body(
        "[{\"eventId\":1,\"subscriptionId\":2,\"portalId\":3,\"occurredAt\":1000,"
            + "\"eventType\":\"company.creation\",\"objectId\":44}]"));

    assertThat(changes).singleElement().extracting(Change::ref).isEqualTo(new RecordRef("hs", "companies", "44"));
  }

  @Test
  void unknownSubscriptionTypesAreSkippedNotErrors() {
    assertThat(parser.parse(body(
        "[{\"occurredAt\":1,\"subscriptionType\":\"conversation.creation\",\"objectId\":5},"
            + "{\"occurredAt\":1,\"subscriptionType\":\"object.creation\",\"objectTypeId\":\"0-5\",\"objectId\":6}]")))
        .isEmpty();
  }

  @Test
  void malformedJsonIsAnIllegalArgumentFitForA400() {
    assertThatThrownBy(() -> parser.parse(body("[{\"objectId\": 1,")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HubSpot webhook body is not valid JSON");
  }

  @Test
  void aBodyThatIsNotAnArrayIsRejected() {
    assertThatThrownBy(() -> parser.parse(body("{\"objectId\": 1}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON array of events");
  }

  @Test
  void anEventWithoutObjectIdIsRejectedNamingTheEvent() {
    assertThatThrownBy(() -> parser.parse(body(
            "[{\"occurredAt\":1,\"subscriptionType\":\"contact.creation\",\"objectId\":5},"
                + "{\"occurredAt\":1,\"subscriptionType\":\"deal.deletion\"}]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HubSpot webhook event #1 (deal.deletion) has no objectId");
  }
}
