package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `/ready` and the admin API's sync-health view of a running Revbridge, against the sandbox. */
class AdminApiIT {
  private static final String TOKEN = "admin-token-for-tests";

  @TempDir Path folder;
  private SandboxFixture fx;
  private Revbridge rb;
  private RunCommand.Service service;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(30));
    Files.writeString(fx.config, Files.readString(fx.config) + "admin:\n  token: ${REVBRIDGE_ADMIN_TOKEN}\n");
    Map<String, String> env = new HashMap<>(fx.env);
    env.put("REVBRIDGE_ADMIN_TOKEN", TOKEN);
    rb = Revbridge.assemble(ConfigLoader.load(fx.config, env), line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + service.port();
    await().atMost(Duration.ofSeconds(60)).until(() -> get("/ready", null).statusCode() == 200);
  }

  @AfterEach
  void stop() {
    service.close();
    fx.close();
  }

  @Test
  void syncHealthNeedsTheAdminTokenAndShowsEachConnection() throws Exception {
    assertThat(get("/admin/api/sync-health", null).statusCode()).isEqualTo(401);
    assertThat(get("/admin/api/sync-health", "Bearer wrong").statusCode()).isEqualTo(401);
    rb.store().deadLetters().add(new io.revbridge.store.DeadLetterDraft("main", "contacts", "7", "write",
        "INVALID_OPTION", "value was not one of the allowed options", "{}", Instant.now()));

    HttpResponse<String> ok = get("/admin/api/sync-health", "Bearer " + TOKEN);

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).doesNotContain(TOKEN, fx.sandbox.accessToken());
    JsonNode main = new ObjectMapper().readTree(ok.body()).at("/connections/0");
    assertThat(main.path("connection").asText()).isEqualTo("main");
    assertThat(Instant.parse(main.path("lastSuccessfulPoll").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(main.path("inboxBacklog").isNumber()).isTrue();
    assertThat(main.path("outboxBacklog").asLong()).isZero();
    assertThat(main.path("openErrors").path("write INVALID_OPTION").asLong()).isEqualTo(1);
    assertThat(main.path("paused").asBoolean()).isFalse();
    assertThat(main.path("usage").path("note").asText()).isNotBlank();
  }

  @Test
  void aPausedConnectionMakesTheServiceNotReadyAndSaysWhy() throws Exception {
    Instant until = Instant.now().plusSeconds(3600);
    rb.store().state().put("paused.main", until.toString());
    rb.store().state().put("pausedWhy.main", "HubSpot's daily API limit for this account is used up");

    HttpResponse<String> ready = get("/ready", null);
    JsonNode health = new ObjectMapper().readTree(get("/admin/api/sync-health", "Bearer " + TOKEN).body())
        .at("/connections/0");

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("main is paused until " + until, "daily API limit");
    assertThat(health.path("paused").asBoolean()).isTrue();
    assertThat(health.path("pausedWhy").asText()).contains("daily API limit");
  }

  @Test
  void anUnreachableStoreMakesTheServiceNotReady() throws Exception {
    rb.store().close();

    HttpResponse<String> ready = get("/ready", null);

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("\"store\":\"unreachable\"", "the store does not answer");
    assertThat(get("/health", null).statusCode()).as("the process is still up").isEqualTo(200);
  }

  @Test
  void thePlanForOneRecordShowsWhatWouldChangeAndChangesNothing() throws Exception {
    var contact = fx.contacts().stream()
        .filter(c -> !c.get("revbridge_score_reasons").contains("decision maker")).findFirst().orElseThrow();
    fx.sandbox.edit("contacts", contact.id(), Map.of("jobtitle", "Chief Executive Officer"));
    int writes = fx.sandbox.writes().size();
    String path = "/admin/api/plan/main/contacts/" + contact.id();

    HttpResponse<String> unauthorized = get(path, null);
    HttpResponse<String> unknown = get("/admin/api/plan/nope/contacts/1", "Bearer " + TOKEN);
    JsonNode plan = new ObjectMapper().readTree(get(path, "Bearer " + TOKEN).body());

    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no connection named 'nope'");
    JsonNode record = plan.at("/records/0");
    assertThat(record.path("record").asText()).isEqualTo("main/contacts/" + contact.id());
    JsonNode reasons = null;
    for (JsonNode f : record.path("fields")) {
      if (f.path("field").asText().equals("revbridge_score_reasons")) {
        reasons = f;
      }
    }
    assertThat(reasons).isNotNull();
    assertThat(reasons.path("old").asText()).isEqualTo(contact.get("revbridge_score_reasons"));
    assertThat(reasons.path("new").asText()).contains("+25 decision maker: title 'Chief Executive Officer'");
    assertThat(fx.sandbox.writes()).as("a plan writes nothing").hasSize(writes);
  }

  @Test
  void metricsShowWhatTheSyncDidAndTheLagFromChangeToWriteBack() throws Exception {
    String metrics = get("/metrics", null).body();

    assertThat(metrics).contains("revbridge_records_polled_total 30.0", "revbridge_records_written_total 30.0",
        "revbridge_inbox_backlog{connection=\"main\"}", "revbridge_outbox_backlog{connection=\"main\"} 0.0",
        "revbridge_api_requests_used{connection=\"main\"}", "revbridge_follow_up_tasks_total " + fx.sandbox.records("tasks").size() + ".0",
        "revbridge_dead_letters_total 0.0", "revbridge_write_retries_total 0.0");
    assertThat(metrics).contains("revbridge_change_to_write_seconds_count{connection=\"main\"} 30")
        .contains("revbridge_change_to_write_seconds_bucket{connection=\"main\",le=");
  }

  @Test
  void theHandoffReportNeedsTheAdminTokenAndAnswersTheReportsFiguresAsJson() throws Exception {
    Instant t = Instant.now().minus(Duration.ofHours(3));
    Duration respond = Duration.ofHours(2);
    Duration contact = Duration.ofHours(24);
    var handoffs = rb.store().handoffs();
    handoffs.save(io.revbridge.store.HandoffLink.crossed("main", "1", "sf", 85, t)
        .handedOver("Lead", "00Q1", "created", "Open - Not Contacted", "005A", t, respond, contact)
        .observed("ACCEPTED", "Working - Contacted", null, t.plus(Duration.ofMinutes(30)),
            t.plus(Duration.ofMinutes(30)), null, null, null));
    handoffs.save(io.revbridge.store.HandoffLink.crossed("main", "2", "sf", 75, t)
        .handedOver("Lead", "00Q2", "created", "Open - Not Contacted", "005A", t, respond, contact)
        .observed("REJECTED", "Closed - Not Converted", "No budget this year", t.plus(Duration.ofMinutes(90)), null,
            t.plus(Duration.ofMinutes(90)), null, null));
    handoffs.save(io.revbridge.store.HandoffLink.crossed("main", "3", "sf", 90, t)
        .withStatus("SKIPPED", "free-mail address gmail.com"));
    String since = "/admin/api/handoff/report?since=" + t.minusSeconds(1);

    assertThat(get(since, null).statusCode()).isEqualTo(401);
    assertThat(get(since, "Bearer wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> bad = get("/admin/api/handoff/report?since=yesterday", "Bearer " + TOKEN);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("since=`yesterday` is not an ISO-8601 instant");

    HttpResponse<String> ok = get(since, "Bearer " + TOKEN);

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    JsonNode report = new ObjectMapper().readTree(ok.body());
    assertThat(report.path("mqls").asInt()).isEqualTo(3);
    assertThat(report.path("handedOver").asInt()).isEqualTo(2);
    assertThat(report.path("skipped").asInt()).isEqualTo(1);
    assertThat(report.path("sqls").asInt()).isEqualTo(1);
    assertThat(report.path("rejected").asInt()).isEqualTo(1);
    assertThat(report.path("acceptedRate").asDouble()).isEqualTo(0.5);
    assertThat(report.path("mqlToSql").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(report.path("responded").asInt()).isEqualTo(2);
    assertThat(report.path("respondedInSla").asInt()).isEqualTo(2);
    assertThat(report.path("medianResponseMinutes").asLong()).isEqualTo(30);
    assertThat(report.path("contactedInSla").asInt()).isEqualTo(1);
    assertThat(report.path("rejectionReasons").path("No budget this year").asInt()).isEqualTo(1);
    assertThat(report.path("skipReasons").size()).isEqualTo(1);
    assertThat(report.path("skipReasons").fieldNames().next()).startsWith("free-mail address");
    assertThat(report.hasNonNull("since")).isTrue();
    // a window that starts after the hand-offs: nothing in it
    JsonNode later = new ObjectMapper().readTree(get("/admin/api/handoff/report?since=" + Instant.now().plusSeconds(60),
        "Bearer " + TOKEN).body());
    assertThat(later.path("mqls").asInt()).isZero();
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
