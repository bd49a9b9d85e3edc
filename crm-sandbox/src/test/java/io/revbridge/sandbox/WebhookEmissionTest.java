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
      ex.sendResponseHeaders(204, -1);
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
