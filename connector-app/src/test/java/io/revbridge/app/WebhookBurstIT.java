package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of 10,000 signed webhook events, posted by many client threads at once to a running Revbridge, is
 * taken durably (every request answered 200, every event in the inbox) while the intake never holds more than
 * {@code server.webhookConcurrency} requests at once; the work then drains at the sandbox's rate limits and
 * every edited contact is written exactly once, in the state of its newest version. With the intake narrowed
 * to one turn and no wait, the excess is answered 503 with Retry-After, and sending again loses nothing.
 */
class WebhookBurstIT {
  private static final int CONTACTS = 2_000;
  private static final int EVENTS_PER_CONTACT = 5;
  private static final int EVENTS_PER_REQUEST = 10;
  private static final int CLIENTS = 16;
  /** A title no seeded contact has, so every edit changes what scoring says. */
  private static final String TITLE = "Head of Burst Testing";
  private static final Pattern GAUGE = Pattern.compile("(?m)^revbridge_webhook_intake_in_flight_max (\\S+)$");

  @TempDir Path folder;
  private SandboxFixture fx;
  private RunCommand.Service service;
  private Revbridge rb;
  private String base;
  private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();

  private void start(SandboxOptions options, String serverSettings) throws Exception {
    fx = new SandboxFixture(folder, options);
    Files.writeString(fx.config, Files.readString(fx.config) + serverSettings);
    rb = Revbridge.assemble(ConfigLoader.load(fx.config, fx.env), line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + service.port();
    // the first poll pass scores every contact; the burst then re-scores the ones edited after it
    await().atMost(Duration.ofMinutes(3)).until(() -> get("/ready").statusCode() == 200);
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    if (fx != null) {
      fx.close();
    }
  }

  /** Events about every contact, several each, in random order, in requests of {@link #EVENTS_PER_REQUEST}. */
  private static List<String> bodies(List<String> ids, Random random) {
    List<String> events = new ArrayList<>();
    long now = System.currentTimeMillis();
    int eventId = 1;
    for (String id : ids) {
      for (int i = 0; i < EVENTS_PER_CONTACT; i++) {
        events.add("{\"eventId\":" + eventId++ + ",\"subscriptionId\":11,\"portalId\":62515,\"appId\":5,"
            + "\"occurredAt\":" + (now - random.nextInt(60_000)) + ",\"subscriptionType\":\"contact.propertyChange\","
            + "\"attemptNumber\":0,\"objectId\":" + id + ",\"propertyName\":\"jobtitle\",\"propertyValue\":\"x\","
            + "\"changeSource\":\"CRM_UI\"}");
      }
    }
    Collections.shuffle(events, random);
    List<String> bodies = new ArrayList<>();
    for (int from = 0; from < events.size(); from += EVENTS_PER_REQUEST) {
      bodies.add("[" + String.join(",", events.subList(from, Math.min(from + EVENTS_PER_REQUEST, events.size()))) + "]");
    }
    return bodies;
  }

  /** Posts every body from {@link #CLIENTS} threads; a 503 is sent again after its Retry-After, as HubSpot would. */
  private List<Integer> burst(List<String> bodies, Duration retryAfterCap) throws Exception {
    ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (String body : bodies) {
        sent.add(clients.submit(() -> {
          while (true) {
            HttpResponse<String> r = post("/webhooks/hubspot/main", body);
            statuses.add(r.statusCode());
            if (r.statusCode() != 503) {
              return null;
            }
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            // HubSpot waits its own randomized time; the test waits less so that it runs quickly
            Thread.sleep(retryAfterCap.toMillis());
          }
        }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    } finally {
      clients.shutdown();
    }
    return List.copyOf(statuses);
  }

  private double maxInFlight() throws Exception {
    Matcher m = GAUGE.matcher(get("/metrics").body());
    assertThat(m.find()).isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** The sum of {@code revbridge_api_calls_total} over every outcome of connection main. */
  private long apiCalls() throws Exception {
    Matcher m = Pattern.compile("(?m)^revbridge_api_calls_total\\{connection=\"main\",outcome=\"[a-z_]+\"} (\\S+)$")
        .matcher(get("/metrics").body());
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return Math.round(sum);
  }

  private long pending() {
    return rb.store().inbox().countByStatus().get("PENDING") + rb.store().outbox().countByStatus().get("PENDING");
  }

  @Test
  void tenThousandEventsAreTakenDurablyAndEveryEditedContactIsWrittenOnceAtTheRateLimit() throws Exception {
    start(SandboxOptions.defaults().withContacts(CONTACTS), "");
    List<String> ids = fx.contacts().stream().map(SandboxRecord::id).toList();
    for (String id : ids) {
      fx.sandbox.edit("contacts", id, Map.of("jobtitle", TITLE));
    }
    int writesBefore = fx.sandbox.writes().size();
    long inboxBefore = rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();
    List<String> bodies = bodies(ids, new Random(42));

    long started = System.nanoTime();
    List<Integer> statuses = burst(bodies, Duration.ofMillis(200));
    long burstMillis = (System.nanoTime() - started) / 1_000_000;
    long inboxAfter = rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();

    assertThat(statuses).as("every request answered 200 at once").hasSize(bodies.size()).containsOnly(200);
    assertThat(inboxAfter - inboxBefore).as("every event durably in the inbox").isEqualTo((long) ids.size() * EVENTS_PER_CONTACT);
    assertThat(maxInFlight()).as("the intake never held more than server.webhookConcurrency requests")
        .isPositive().isLessThanOrEqualTo(16);

    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> pending() == 0);
    List<SandboxWrite> after = fx.sandbox.writes().subList(writesBefore, fx.sandbox.writes().size());
    Map<String, Long> writesPerContact = after.stream().filter(w -> w.objectType().equals("contacts"))
        .collect(Collectors.groupingBy(SandboxWrite::id, Collectors.counting()));
    var stats = fx.sandbox.stats();
    System.out.printf("WebhookBurstIT: %,d events in %,d requests from %d clients taken in %,d ms; %,d API calls"
        + " in all (first poll pass included), %d answered 429%n", inboxAfter - inboxBefore, bodies.size(), CLIENTS,
        burstMillis, stats.totalRequests(), stats.tooManyRequests());

    assertThat(writesPerContact).as("every edited contact written exactly once").hasSize(ids.size())
        .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(fx.contacts()).allSatisfy(c -> assertThat(c.get("revbridge_score_reasons"))
        .contains("title '" + TITLE + "'"));
    assertThat(stats.burstLimited()).as("the drain kept to the sandbox's rate limit").isZero();
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(apiCalls())
        .as("revbridge_api_calls_total counts every call the sandbox served").isEqualTo(fx.sandbox.stats().totalRequests()));
  }

  @Test
  void aSaturatedIntakeAnswers503WithRetryAfterAndSendingAgainLosesNothing() throws Exception {
    start(SandboxOptions.defaults().withContacts(100).unlimited(),
        "server:\n  port: 8080\n  webhookConcurrency: 1\n  webhookWaitMillis: 0\n");
    List<String> ids = fx.contacts().stream().map(SandboxRecord::id).toList();
    List<String> bodies = bodies(ids, new Random(7));
    long inboxBefore = rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();

    List<Integer> statuses = burst(bodies, Duration.ofMillis(20));

    Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(byStatus).containsOnlyKeys(200, 503).containsEntry(200, (long) bodies.size());
    assertThat(rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum() - inboxBefore)
        .isEqualTo((long) ids.size() * EVENTS_PER_CONTACT);
    assertThat(maxInFlight()).isEqualTo(1.0);
    assertThat(get("/metrics").body()).contains("result=\"rejected_503\"");
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

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    sign(base + path, body).forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
