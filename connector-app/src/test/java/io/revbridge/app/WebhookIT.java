package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run`'s HTTP side: a signed HubSpot webhook leads to a re-score in the CRM; bad requests are refused. */
class WebhookIT {
  @TempDir Path folder;
  private SandboxFixture fx;
  private RunCommand.Service service;
  private Revbridge rb;
  private final HttpClient http = HttpClient.newHttpClient();
  /** No request waits forever: a connection cut by the stop must end in an IOException, not a hung client. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  private String base;

  @BeforeEach
  void start() throws Exception {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(50));
    rb = Revbridge.assemble(ConfigLoader.load(fx.config, fx.env), line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + service.port();
    await().atMost(Duration.ofSeconds(60)).until(() -> get("/ready").statusCode() == 200);
  }

  @AfterEach
  void stop() {
    service.close();
    fx.close();
  }

  @Test
  void signedWebhookForAnEditedContactGetsItReScoredInTheCrm() throws Exception {
    String id = fx.contacts().stream()
        .filter(c -> !c.get("revbridge_score_reasons").contains("+25 decision maker")).findFirst().orElseThrow().id();
    fx.sandbox.edit("contacts", id, Map.of("jobtitle", "Chief Executive Officer"));
    String body = event(id);

    HttpResponse<String> response = post("/webhooks/hubspot/main", body, sign(base + "/webhooks/hubspot/main", body));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(fx.sandbox.record("contacts", id).get("revbridge_score_reasons")).contains("+25 decision maker: title 'Chief Executive Officer'"));
  }

  @Test
  void unsignedOrWronglySignedWebhookIsRefusedWith401() throws Exception {
    String body = event("1");

    assertThat(post("/webhooks/hubspot/main", body, Map.of()).statusCode()).isEqualTo(401);
    Map<String, String> forged = sign(base + "/webhooks/hubspot/main", body.replace("propertyChange", "creation"));
    assertThat(post("/webhooks/hubspot/main", body, forged).statusCode()).isEqualTo(401);
  }

  @Test
  void malformedSignedBodyIsRefusedWith400() throws Exception {
    String body = "{not json";

    HttpResponse<String> response = post("/webhooks/hubspot/main", body, sign(base + "/webhooks/hubspot/main", body));

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
    long inboxBefore = inboxSize();
    String pad = "x".repeat(1_048_576);
    String body = "[{\"eventId\":8,\"subscriptionId\":11,\"portalId\":62515,\"occurredAt\":" + System.currentTimeMillis()
        + ",\"subscriptionType\":\"contact.propertyChange\",\"objectId\":1,\"propertyName\":\"jobtitle\","
        + "\"propertyValue\":\"" + pad + "\"}]";
    Map<String, String> signature = sign(base + "/webhooks/hubspot/main", body);

    HttpResponse<String> sized = post("/webhooks/hubspot/main", body, signature);
    HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(base + "/webhooks/hubspot/main"))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
    signature.forEach(chunked::header);
    HttpResponse<String> streamed = http.send(chunked.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(sized.statusCode()).as(sized.body()).isEqualTo(413);
    assertThat(sized.body()).contains("server.webhookMaxBytes");
    assertThat(streamed.statusCode()).as("no Content-Length: the limit still holds").isEqualTo(413);
    assertThat(inboxSize()).isEqualTo(inboxBefore);
    assertThat(get("/metrics").body()).contains("result=\"rejected_413\"");
  }

  @Test
  void aStopRefusesNewWebhooksKeepsEveryAcceptedOneAndHandsBackEveryLease() throws Exception {
    String owner = rb.engine().lease().owner();
    String contact = fx.contacts().get(0).id();
    java.util.concurrent.ConcurrentLinkedQueue<Integer> accepted = new java.util.concurrent.ConcurrentLinkedQueue<>();
    java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger(1_000);
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
    for (int c = 0; c < 4; c++) {
      clients.submit(() -> {
        while (true) {
          int id = nextId.incrementAndGet();
          String body = event(contact).replace("\"eventId\":7", "\"eventId\":" + id);
          try {
            if (post("/webhooks/hubspot/main", body, sign(base + "/webhooks/hubspot/main", body)).statusCode() == 200) {
              accepted.add(id);
            }
          } catch (java.io.IOException refused) {
            return null; // the server stopped listening
          }
        }
      });
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> accepted.size() >= 50);

    service.close();
    clients.shutdown();
    assertThat(clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> post("/webhooks/hubspot/main", event(contact),
        sign(base + "/webhooks/hubspot/main", event(contact))))).as("no webhook is taken after the stop")
        .isInstanceOf(java.io.IOException.class);
    String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/');
    try (io.revbridge.store.Store store = io.revbridge.store.Store.open(io.revbridge.store.StoreSettings.of(url));
        java.sql.Connection c = store.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
      java.util.Set<Integer> stored = new java.util.HashSet<>();
      try (java.sql.ResultSet r = s.executeQuery("SELECT event_key FROM inbox WHERE event_key LIKE 'hubspot:%'")) {
        while (r.next()) {
          stored.add(Integer.parseInt(r.getString(1).split(":")[3]));
        }
      }
      assertThat(stored).as("every webhook answered 200 is in the inbox").containsAll(accepted);
      for (String held : java.util.List.of(
          "SELECT COUNT(*) FROM inbox WHERE status = 'PENDING' AND lease_owner = ? AND lease_until > CURRENT_TIMESTAMP",
          "SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND lease_owner = ? AND lease_until > CURRENT_TIMESTAMP",
          "SELECT COUNT(*) FROM leases WHERE lease_owner = ?")) {
        try (java.sql.PreparedStatement q = c.prepareStatement(held)) {
          q.setString(1, owner);
          try (java.sql.ResultSet r = q.executeQuery()) {
            r.next();
            assertThat(r.getLong(1)).as(held).isZero();
          }
        }
      }
    }
  }

  private long inboxSize() {
    return rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void webhookForAnUnknownConnectionIs404() throws Exception {
    assertThat(post("/webhooks/hubspot/nope", "[]", Map.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void healthAndMetricsAreServed() throws Exception {
    assertThat(get("/health").statusCode()).isEqualTo(200);
    HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("revbridge_outbox_entries", "revbridge_inbox_entries",
        "revbridge_dead_letters_stored 0.0", "revbridge_deleted_records", "status=\"SKIPPED\"", "revbridge_connection_paused{connection=\"main\"} 0.0");
  }

  private static String event(String objectId) {
    return "[{\"eventId\":7,\"subscriptionId\":11,\"portalId\":62515,\"appId\":5,\"occurredAt\":"
        + System.currentTimeMillis() + ",\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
        + "\"objectId\":" + objectId + ",\"propertyName\":\"jobtitle\",\"propertyValue\":\"Chief Executive Officer\","
        + "\"changeSource\":\"CRM_UI\"}]";
  }

  /** HubSpot's v3 signature, computed here independently of the adapter. */
  private static Map<String, String> sign(String url, String body) throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SandboxFixture.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("POST" + url + body + timestamp).getBytes(StandardCharsets.UTF_8));
    return Map.of("X-HubSpot-Signature-v3", Base64.getEncoder().encodeToString(digest),
        "X-HubSpot-Request-Timestamp", timestamp);
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
