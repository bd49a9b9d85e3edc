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
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "contacts", "1"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "companies", "2"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "contacts", "173595202427"), ChangeKind.DELETE),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "deals", "7002"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "deals", "7003"), ChangeKind.DELETE));
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

  @Test
  void aMergeUpdatesTheSurvivorAndDeletesTheMergedAwayRecords() {
    List<Change> changes = parser.parse(body("[{\"eventId\":9,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":5000,\"subscriptionType\":\"contact.merge\",\"objectId\":100,"
        + "\"primaryObjectId\":100,\"mergedObjectIds\":[100,200,300],\"newObjectId\":100,"
        + "\"numberOfPropertiesMoved\":4}]"));

    assertThat(changes).extracting(c -> c.ref().id(), Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("100", ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple("200", ChangeKind.DELETE),
        org.assertj.core.groups.Tuple.tuple("300", ChangeKind.DELETE));
    assertThat(changes).extracting(Change::eventKey).doesNotHaveDuplicates();
  }

  @Test
  void aMergeThatMadeANewRecordReReadsItAndDeletesBothOldOnes() {
    List<Change> changes = parser.parse(body("[{\"eventId\":9,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":5000,\"subscriptionType\":\"contact.merge\",\"objectId\":100,"
        + "\"primaryObjectId\":100,\"mergedObjectIds\":[200],\"newObjectId\":400,"
        + "\"numberOfPropertiesMoved\":4}]"));

    assertThat(changes).extracting(c -> c.ref().id(), Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("400", ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple("100", ChangeKind.DELETE),
        org.assertj.core.groups.Tuple.tuple("200", ChangeKind.DELETE));
  }

  @Test
  void aRestoreReReadsTheRecord() {
    List<Change> changes = parser.parse(body("[{\"eventId\":13,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":8000,\"subscriptionType\":\"company.restore\",\"objectId\":9001,"
        + "\"changeSource\":\"CRM_UI\"}]"));

    assertThat(changes).extracting(Change::ref, Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "companies", "9001"), ChangeKind.UPSERT));
  }

  @Test
  void aDealAssociationChangeReReadsTheDealAndItsCompany() {
    List<Change> changes = parser.parse(body("[{\"eventId\":14,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":9000,\"subscriptionType\":\"deal.associationChange\","
        + "\"associationType\":\"DEAL_TO_COMPANY\",\"fromObjectId\":7001,\"toObjectId\":9001,"
        + "\"associationRemoved\":true,\"isPrimaryAssociation\":false}]"));

    assertThat(changes).extracting(Change::ref, Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "deals", "7001"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "companies", "9001"), ChangeKind.UPSERT));
  }

  @Test
  void anAssociationChangeTouchesTheRecordsAtBothEnds() {
    List<Change> changes = parser.parse(body("[{\"eventId\":10,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":6000,\"subscriptionType\":\"contact.associationChange\","
        + "\"associationType\":\"CONTACT_TO_COMPANY\",\"fromObjectId\":100,\"toObjectId\":9001,"
        + "\"associationRemoved\":false,\"isPrimaryAssociation\":true}]"));

    assertThat(changes).extracting(Change::ref, Change::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "contacts", "100"), ChangeKind.UPSERT),
        org.assertj.core.groups.Tuple.tuple(new RecordRef("hs", "companies", "9001"), ChangeKind.UPSERT));
  }

  @Test
  void aChangeToRevbridgesOwnPropertyIsTheEchoOfItsWriteAndIgnored() {
    List<Change> changes = parser.parse(body("[{\"eventId\":11,\"subscriptionId\":2,\"portalId\":3,"
        + "\"occurredAt\":7000,\"subscriptionType\":\"contact.propertyChange\",\"objectId\":100,"
        + "\"propertyName\":\"revbridge_score\",\"propertyValue\":\"87\",\"changeSource\":\"INTEGRATION\"},"
        + "{\"eventId\":12,\"subscriptionId\":2,\"portalId\":3,\"occurredAt\":7000,"
        + "\"subscriptionType\":\"contact.propertyChange\",\"objectId\":100,\"propertyName\":\"jobtitle\","
        + "\"propertyValue\":\"CEO\",\"changeSource\":\"CRM_UI\"}]"));

    assertThat(changes).singleElement().satisfies(c -> assertThat(c.eventKey()).contains(":12:"));
  }
}
