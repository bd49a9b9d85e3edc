package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookEmissionTest {
  static final String SECRET = "app-client-secret";

  record Delivery(byte[] body, String signature, String timestamp) {}

  final List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
  /** The receiver answers 500 to this many deliveries (recorded all the same) before it answers 204 again. */
  final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger();
  HttpServer receiver;
  HubSpotSandbox sandbox;
  String url;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hooks", ex -> {
      deliveries.add(new Delivery(ex.getRequestBody().readAllBytes(),
          ex.getRequestHeaders().getFirst("X-HubSpot-Signature-v3"),
          ex.getRequestHeaders().getFirst("X-HubSpot-Request-Timestamp")));
      ex.sendResponseHeaders(failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204, -1);
      ex.close();
    });
    receiver.start();
    url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks?app=revbridge";
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(20));
    sandbox.sendWebhooksTo(url, SECRET);
  }

  @AfterEach
  void stop() {
    sandbox.close();
    receiver.stop(0);
  }

  List<JsonNode> events() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    for (Delivery d : List.copyOf(deliveries)) {
      SandboxHttp.JSON.readTree(d.body()).forEach(all::add);
    }
    return all;
  }

  @Test
  void editsApiWritesAndDeletionsArriveAsSignedHubSpotEvents() throws Exception {
    String id = sandbox.records("contacts").get(0).id();
    String other = sandbox.records("contacts").get(1).id();
    SandboxHttp http = new SandboxHttp(sandbox);

    sandbox.edit("contacts", id, Map.of("jobtitle", "CEO"));
    http.patch("/crm/v3/objects/contacts/" + id, "{\"properties\":{\"firstname\":\"Zoë\"}}");
    sandbox.archive("contacts", other);
    sandbox.flushWebhooks();

    List<JsonNode> events = events();
    assertThat(events).extracting(e -> e.get("subscriptionType").asText() + " " + e.get("objectId").asText() + " "
        + e.path("propertyName").asText("-") + " " + e.get("changeSource").asText())
        .containsExactly("contact.propertyChange " + id + " jobtitle CRM_UI",
            "contact.propertyChange " + id + " firstname API",
            "contact.deletion " + other + " - CRM_UI");
    assertThat(events.get(1).get("propertyValue").asText()).isEqualTo("Zoë");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.get("portalId").asLong()).isPositive();
      assertThat(e.get("eventId").asLong()).isPositive();
      assertThat(e.get("occurredAt").asLong()).isPositive();
    });
    for (Delivery d : deliveries) {
      assertThat(d.signature()).isEqualTo(sign(url, d.body(), d.timestamp()));
    }
  }

  @Test
  void manyChangesGoOutInBatchesOfAtMost100() throws Exception {
    List<SandboxRecord> contacts = sandbox.records("contacts");
    for (int round = 0; round < 8; round++) {
      for (SandboxRecord c : contacts) {
        sandbox.edit("contacts", c.id(), Map.of("jobtitle", "Title " + round));
      }
    }
    sandbox.flushWebhooks();

    assertThat(events()).hasSize(160);
    assertThat(deliveries).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(d -> assertThat(SandboxHttp.JSON.readTree(d.body()).size()).isBetween(1, 100));
    assertThat(sandbox.webhooksDelivered()).isEqualTo(deliveries.size());
  }

  static String summary(JsonNode e) {
    return e.get("subscriptionType").asText() + " " + e.path("objectId").asText("-");
  }

  @Test
  void aMergeArrivesWithThePrimaryTheMergedIdsAndTheMovedCount() throws Exception {
    List<SandboxRecord> contacts = sandbox.records("contacts");
    String primary = contacts.get(0).id();
    String merged = contacts.get(1).id();

    sandbox.merge("contacts", primary, merged);
    sandbox.flushWebhooks();

    JsonNode event = events().get(0);
    assertThat(summary(event)).isEqualTo("contact.merge " + primary);
    assertThat(event.get("primaryObjectId").asText()).isEqualTo(primary);
    assertThat(event.get("mergedObjectIds")).extracting(JsonNode::asText).containsExactly(merged);
    assertThat(event.get("newObjectId").asText()).isEqualTo(primary);
    assertThat(event.get("numberOfPropertiesMoved").isInt()).isTrue();
    assertThat(sandbox.find("contacts", merged).orElseThrow().archived()).isTrue();
  }

  @Test
  void aMergedRecordLeavesItsValuesAndAssociationsToThePrimary() {
    SandboxRecord deal = sandbox.records("deals").get(0);
    String company = deal.associations().get("companies").get(0);
    String other = sandbox.records("companies").stream().map(SandboxRecord::id).filter(id -> !id.equals(company))
        .findFirst().orElseThrow();

    sandbox.merge("companies", other, company);

    assertThat(sandbox.find("deals", deal.id()).orElseThrow().associations().get("companies"))
        .containsExactly(other);
    assertThat(sandbox.find("companies", other).orElseThrow().associations().get("deals")).contains(deal.id());
  }

  @Test
  void aRestoreArrivesAndTheRecordIsLiveAndNewerAgain() throws Exception {
    SandboxRecord contact = sandbox.records("contacts").get(2);
    sandbox.archive("contacts", contact.id());

    SandboxRecord restored = sandbox.restore("contacts", contact.id());
    sandbox.flushWebhooks();

    assertThat(events()).extracting(WebhookEmissionTest::summary)
        .containsExactly("contact.deletion " + contact.id(), "contact.restore " + contact.id());
    assertThat(restored.archived()).isFalse();
    assertThat(restored.updatedAt()).isAfter(contact.updatedAt());
  }

  @Test
  void anAssociationArrivesInBothDirectionsNamingItsEnds() throws Exception {
    SandboxRecord deal = sandbox.records("deals").get(0);
    String contact = sandbox.records("contacts").stream().map(SandboxRecord::id)
        .filter(id -> !deal.associations().getOrDefault("contacts", List.of()).contains(id)).findFirst().orElseThrow();

    sandbox.associate("deals", deal.id(), "contacts", contact);
    sandbox.dissociate("deals", deal.id(), "contacts", contact);
    sandbox.flushWebhooks();

    assertThat(events()).extracting(e -> e.get("subscriptionType").asText() + " " + e.get("associationType").asText()
        + " " + e.get("fromObjectId").asText() + "->" + e.get("toObjectId").asText() + " removed="
        + e.get("associationRemoved").asBoolean() + " " + e.has("objectId"))
        .containsExactly(
            "deal.associationChange DEAL_TO_CONTACT " + deal.id() + "->" + contact + " removed=false false",
            "contact.associationChange CONTACT_TO_DEAL " + contact + "->" + deal.id() + " removed=false false",
            "deal.associationChange DEAL_TO_CONTACT " + deal.id() + "->" + contact + " removed=true false",
            "contact.associationChange CONTACT_TO_DEAL " + contact + "->" + deal.id() + " removed=true false");
    assertThat(sandbox.find("deals", deal.id()).orElseThrow().associations().getOrDefault("contacts", List.of()))
        .doesNotContain(contact);
  }

  @Test
  void aContactsFirstCompanyIsPrimarySetsAssociatedCompanyIdAndSendsThePrimaryEventToo() throws Exception {
    SandboxRecord contact = sandbox.records("contacts").stream()
        .filter(c -> c.associations().getOrDefault("companies", List.of()).size() == 1).findFirst().orElseThrow();
    String old = contact.associations().get("companies").get(0);
    String company = sandbox.records("companies").stream().map(SandboxRecord::id).filter(id -> !id.equals(old))
        .findFirst().orElseThrow();

    sandbox.dissociate("contacts", contact.id(), "companies", old);
    assertThat(sandbox.record("contacts", contact.id())).doesNotContainKey("associatedcompanyid");
    sandbox.associate("contacts", contact.id(), "companies", company);
    sandbox.flushWebhooks();

    assertThat(events()).extracting(e -> e.get("associationType").asText() + " "
        + e.get("associationRemoved").asBoolean() + " " + e.get("isPrimaryAssociation").asBoolean())
        .containsExactly("CONTACT_TO_COMPANY true false", "COMPANY_TO_CONTACT true false",
            "CONTACT_TO_COMPANY false false", "CONTACT_TO_COMPANY false true", "COMPANY_TO_CONTACT false false");
    assertThat(sandbox.record("contacts", contact.id())).containsEntry("associatedcompanyid", company);
  }

  @Test
  void aFailedDeliveryIsRetriedWithTheSameEventsAHigherAttemptNumberAndAFreshSignature() throws Exception {
    sandbox.webhookRetryDelay(java.time.Duration.ZERO);
    failuresLeft.set(1);
    String id = sandbox.records("contacts").get(0).id();

    sandbox.edit("contacts", id, Map.of("jobtitle", "CTO"));
    sandbox.flushWebhooks(); // answered 500
    sandbox.flushWebhooks(); // the retry is due at once

    assertThat(deliveries).hasSize(2);
    JsonNode first = SandboxHttp.JSON.readTree(deliveries.get(0).body()).get(0);
    JsonNode retry = SandboxHttp.JSON.readTree(deliveries.get(1).body()).get(0);
    assertThat(first.get("attemptNumber").asInt()).isZero();
    assertThat(retry.get("attemptNumber").asInt()).isEqualTo(1);
    assertThat(retry.get("eventId")).isEqualTo(first.get("eventId"));
    for (Delivery d : deliveries) {
      assertThat(d.signature()).isEqualTo(sign(url, d.body(), d.timestamp()));
    }
    assertThat(sandbox.webhooksFailed()).isEqualTo(1);
    assertThat(sandbox.webhooksDelivered()).isEqualTo(1);
  }

  @Test
  void aRetryIsNotSentBeforeItIsDue() {
    sandbox.webhookRetryDelay(java.time.Duration.ofHours(1));
    failuresLeft.set(1);

    sandbox.edit("contacts", sandbox.records("contacts").get(0).id(), Map.of("jobtitle", "CTO"));
    sandbox.flushWebhooks();
    sandbox.flushWebhooks();

    assertThat(deliveries).hasSize(1);
  }

  /** HubSpot's v3 signature, computed here independently of the sandbox. */
  static String sign(String url, byte[] body, String timestamp) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] prefix = ("POST" + url).getBytes(StandardCharsets.UTF_8);
    byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + body.length + ts.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(body, 0, all, prefix.length, body.length);
    System.arraycopy(ts, 0, all, prefix.length + body.length, ts.length);
    return Base64.getEncoder().encodeToString(mac.doFinal(all));
  }
}
