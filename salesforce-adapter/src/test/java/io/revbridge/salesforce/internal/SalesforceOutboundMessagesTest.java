package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.WebhookVerdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesforceOutboundMessagesTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private final SalesforceOutboundMessages receiver =
      new SalesforceOutboundMessages("sf", Optional.of("00D5g000000AbCd"), Set.of("Lead", "Contact"));

  @Test
  void notificationFromTheConfiguredOrgIsAcceptedAndKeyedByItsNotificationId() {
    WebhookRequest request = request(SalesforceTestServer.file("om-notification.xml"));

    assertThat(receiver.verify(request).accepted()).isTrue();
    List<Change> changes = receiver.parse(request);

    assertThat(changes).singleElement().satisfies(c -> {
      assertThat(c.ref()).isEqualTo(new RecordRef("sf", "Lead", "00Q5g00000AbCdEAAV"));
      assertThat(c.kind()).isEqualTo(ChangeKind.UPSERT);
      assertThat(c.eventKey()).isEqualTo("om:04l5g00000AbCdEAAV");
      assertThat(c.record()).isEmpty();
    });
  }

  @Test
  void notificationFromAnotherOrgIsRefused() {
    String other = SalesforceTestServer.file("om-notification.xml").replace("00D5g000000AbCdEAK", "00D7z000000ZzZzEAK");

    WebhookVerdict verdict = receiver.verify(request(other));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(403);
    assertThat(verdict.reason()).contains("00D7z000000ZzZzEAK");
  }

  @Test
  void withoutAConfiguredOrgNothingIsTrusted() {
    var open = new SalesforceOutboundMessages("sf", Optional.empty(), Set.of("Lead"));

    WebhookVerdict verdict = open.verify(request(SalesforceTestServer.file("om-notification.xml")));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.reason()).contains("add `organizationId:`");
  }

  @Test
  void malformedXmlIsRefusedAsBadRequest() {
    WebhookVerdict verdict = receiver.verify(request("<soapenv:Envelope><unclosed>"));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(400);
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + SalesforceTestServer.file("om-notification.xml").replaceFirst("<\\?xml[^>]*>", "")
            .replace("ada@example.com", "&xxe;");

    WebhookVerdict verdict = receiver.verify(request(xxe));

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.status()).isEqualTo(400);
    assertThatThrownBy(() -> receiver.parse(request(xxe))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
        + "<lolz>&lol2;</lolz>";

    assertThat(receiver.verify(request(bomb)).status()).isEqualTo(400);
  }

  @Test
  void notificationsForObjectsTheConnectionDoesNotSyncAreLeftOut() {
    String account = SalesforceTestServer.file("om-notification.xml").replace("sf:Lead", "sf:Account");

    assertThat(receiver.parse(request(account))).isEmpty();
  }

  private static WebhookRequest request(String body) {
    return new WebhookRequest("POST", "http://127.0.0.1/webhooks/salesforce/sf",
        Map.of("Content-Type", List.of("text/xml; charset=utf-8")), body.getBytes(StandardCharsets.UTF_8), NOW);
  }
}
