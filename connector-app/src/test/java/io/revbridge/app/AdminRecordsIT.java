package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.config.ConfigLoader;
import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.store.DeadLetterDraft;
import java.math.BigDecimal;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API's read views after a sync of contacts and deals against the sandbox: a record's decision trail, the
 * forecast roll-up and routing fairness, each behind the admin token.
 */
class AdminRecordsIT {
  private static final String TOKEN = "admin-token-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;
  private SandboxFixture fx;
  private Revbridge rb;
  private RunCommand.Service service;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(30));
    Files.writeString(fx.config, Files.readString(fx.config).replace("objects: [contacts]", "objects: [contacts, deals]")
        + "admin:\n  token: ${REVBRIDGE_ADMIN_TOKEN}\n");
    Map<String, String> env = new HashMap<>(fx.env);
    env.put("REVBRIDGE_ADMIN_TOKEN", TOKEN);
    rb = Revbridge.assemble(ConfigLoader.load(fx.config, env), line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + service.port();
    await().atMost(Duration.ofSeconds(60)).until(() -> get("/ready", TOKEN).statusCode() == 200);
  }

  @AfterEach
  void stop() {
    service.close();
    fx.close();
  }

  @Test
  void aContactsTrailShowsEachStagesDecisionNewestFirstAndWhatReachedTheCrm() throws Exception {
    SandboxRecord contact = fx.contacts().get(0);
    String path = "/admin/api/records/main/contacts/" + contact.id();

    JsonNode trail = JSON.readTree(ok(path).body());

    assertThat(trail.path("record").asText()).isEqualTo("main/contacts/" + contact.id());
    assertThat(trail.path("deleted").asBoolean()).isFalse();
    assertThat(trail.path("openDeadLetters")).isEmpty();
    List<JsonNode> audit = list(trail.path("audit"));
    // One sync records enrich, then score, then route: newest first lists them the other way round.
    assertThat(audit).extracting(e -> e.path("stage").asText()).containsSubsequence("route", "score", "enrich");
    assertThat(audit).extracting(e -> Instant.parse(e.path("at").asText()))
        .isSortedAccordingTo(Comparator.reverseOrder());
    JsonNode score = stage(audit, "score");
    assertThat(score.path("details").path("score").asText()).isEqualTo(contact.get("revbridge_score"));
    for (JsonNode reason : score.path("details").path("reasons")) {
      assertThat(contact.get("revbridge_score_reasons")).contains(reason.path("text").asText());
    }
    JsonNode route = stage(audit, "route").path("details");
    assertThat(route.path("owner").asText()).isEqualTo(contact.get("hubspot_owner_id"));
    assertThat(route.path("rulesEvaluated")).isNotEmpty();
    assertThat(stage(audit, "enrich").path("details").path("fields").path("company.country").path("provider").asText())
        .as("enrichment provenance").isNotBlank();
    assertThat(trail.path("lastWritten").path("revbridge_score").asText()).isEqualTo(contact.get("revbridge_score"));
    assertThat(trail.path("lastWritten").path("hubspot_owner_id").asText()).isEqualTo(contact.get("hubspot_owner_id"));

    JsonNode newest = JSON.readTree(ok(path + "?limit=1").body()).path("audit");
    assertThat(newest).hasSize(1);
    assertThat(newest.get(0)).isEqualTo(audit.get(0));
  }

  @Test
  void aDealsTrailShowsItsForecastAndAnOpenDeadLetterWithoutItsPayload() throws Exception {
    SandboxRecord deal = fx.sandbox.records("deals").get(0);
    RecordRef ref = new RecordRef("main", "deals", deal.id());
    rb.store().deadLetters().add(new DeadLetterDraft("main", "deals", deal.id(), "write", "INVALID_OPTION",
        "dealstage was not one of the allowed options", "{\"email\":\"private@person.test\"}", Instant.now()));
    rb.store().deletions().markDeleted(ref, Instant.now(), "webhook");

    HttpResponse<String> response = ok("/admin/api/records/main/deals/" + deal.id());
    JsonNode trail = JSON.readTree(response.body());

    JsonNode forecast = stage(list(trail.path("audit")), "forecast").path("details");
    assertThat(forecast.path("probability").asText()).isEqualTo(deal.get("revbridge_win_probability"));
    assertThat(forecast.path("adjustments")).isNotEmpty();
    assertThat(trail.path("lastWritten").path("revbridge_win_probability").asText())
        .isEqualTo(deal.get("revbridge_win_probability"));
    assertThat(trail.path("deleted").asBoolean()).isTrue();
    assertThat(trail.path("openDeadLetters")).hasSize(1);
    assertThat(trail.at("/openDeadLetters/0/error").asText()).isEqualTo("INVALID_OPTION");
    assertThat(trail.at("/openDeadLetters/0/message").asText()).contains("dealstage");
    assertThat(response.body()).doesNotContain("private@person.test");
  }

  @Test
  void aRecordRevbridgeKnowsNothingOfIsNotFoundAndBadLimitsAreRefused() throws Exception {
    String known = "/admin/api/records/main/contacts/" + fx.contacts().get(0).id();

    HttpResponse<String> unknown = get("/admin/api/records/main/contacts/999999", TOKEN);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("knows nothing of main/contacts/999999");
    for (String limit : List.of("0", "501", "ten", "")) {
      HttpResponse<String> bad = get(known + "?limit=" + limit, TOKEN);
      assertThat(bad.statusCode()).as("limit=" + limit).isEqualTo(400);
      assertThat(bad.body()).contains("limit=`" + limit + "` is not a whole number from 1 to 500");
    }
    assertThat(get(known + "?limit=500", TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void theForecastRollUpAgreesWithTheDealsInTheCrm() throws Exception {
    List<SandboxRecord> deals = fx.sandbox.records("deals");
    List<SandboxRecord> open = deals.stream()
        .filter(d -> !d.get("dealstage").equals("closedwon") && !d.get("dealstage").equals("closedlost")).toList();

    JsonNode overall = JSON.readTree(ok("/admin/api/forecast").body());
    JsonNode byOwner = JSON.readTree(ok("/admin/api/forecast?by=owner").body());
    JsonNode byQuarter = JSON.readTree(ok("/admin/api/forecast?by=quarter").body());

    assertThat(overall.path("by").asText()).isEqualTo("overall");
    assertThat(overall.path("lines")).hasSize(1);
    JsonNode all = overall.at("/lines/0");
    assertThat(all.path("group").asText()).isEqualTo("all");
    assertThat(all.path("openDeals").asInt()).isEqualTo(open.size());
    assertThat(all.path("pipeline").decimalValue()).isEqualByComparingTo(sum(open, "amount"));
    assertThat(all.path("weighted").decimalValue()).isEqualByComparingTo(sum(open, "revbridge_expected_value"));
    assertThat(all.path("won").decimalValue()).isEqualByComparingTo(
        sum(deals.stream().filter(d -> d.get("dealstage").equals("closedwon")).toList(), "amount"));
    assertThat(byOwner.path("lines")).extracting(l -> l.path("group").asText())
        .containsExactlyElementsOf(Stream.concat(deals.stream().map(d -> d.get("hubspot_owner_id")).distinct().sorted(),
            Stream.of("all")).toList());
    assertThat(list(byOwner.path("lines")).get(byOwner.path("lines").size() - 1)).isEqualTo(all);
    assertThat(byQuarter.path("lines")).extracting(l -> l.path("group").asText())
        .allMatch(g -> g.equals("all") || g.matches("\\d{4}-Q[1-4]"));
    HttpResponse<String> bad = get("/admin/api/forecast?by=region", TOKEN);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("by=`region` is not owner or quarter");
  }

  @Test
  void fairnessCountsTheRoundRobinAssignmentsSinceTheGivenTime() throws Exception {
    Set<String> owners = Set.copyOf(fx.ownerIds());

    JsonNode recent = JSON.readTree(ok("/admin/api/routing/fairness").body());
    JsonNode future = JSON.readTree(ok("/admin/api/routing/fairness?since=" + Instant.now().plusSeconds(3600)).body());

    List<JsonNode> lines = list(recent.path("lines"));
    assertThat(lines).isNotEmpty();
    assertThat(recent.path("assignments").asLong())
        .isEqualTo(lines.stream().mapToLong(l -> l.path("assigned").asLong()).sum());
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.path("team").asText()).startsWith("main/");
      assertThat(owners).contains(l.path("owner").asText());
    });
    Map<String, Double> shares = lines.stream().collect(Collectors.groupingBy(l -> l.path("team").asText(),
        Collectors.summingDouble(l -> l.path("share").asDouble())));
    assertThat(shares.values()).allSatisfy(total -> assertThat(total).isCloseTo(1.0, within(1e-9)));
    assertThat(future.path("assignments").asLong()).isZero();
    assertThat(future.path("lines")).isEmpty();
    HttpResponse<String> bad = get("/admin/api/routing/fairness?since=yesterday", TOKEN);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("since=`yesterday` is not an ISO-8601 instant");
  }

  @Test
  void responseTimesCountTheSlaClocksOfRoutedLeadsPerTeamAndRep() throws Exception {
    long started = rb.store().slas().countByStatus().values().stream().mapToLong(Long::longValue).sum();

    JsonNode report = JSON.readTree(ok("/admin/api/routing/response-times").body());
    JsonNode future = JSON.readTree(ok("/admin/api/routing/response-times?since="
        + Instant.now().plusSeconds(3600)).body());

    List<JsonNode> lines = list(report.path("lines"));
    assertThat(started).isPositive();
    List<JsonNode> teams = lines.stream().filter(l -> l.path("owner").isNull()).toList();
    assertThat(teams.stream().mapToLong(l -> l.path("clocks").asLong()).sum()).isEqualTo(started);
    // seconds after routing nothing has breached: each clock is open or met (the sandbox's reps call some leads)
    assertThat(teams.stream().mapToLong(l -> l.path("open").asLong() + l.path("met").asLong()).sum())
        .isEqualTo(started);
    assertThat(teams).allSatisfy(l -> assertThat(l.path("p50Seconds").isNull()).isEqualTo(l.path("met").asLong() == 0));
    assertThat(lines).filteredOn(l -> !l.path("owner").isNull())
        .allSatisfy(l -> assertThat(fx.ownerIds()).contains(l.path("owner").asText()));
    assertThat(future.path("lines")).isEmpty();
    assertThat(get("/admin/api/routing/response-times?since=yesterday", TOKEN).statusCode()).isEqualTo(400);
  }

  @Test
  void everyNewEndpointNeedsTheAdminToken() throws Exception {
    for (String path : List.of("/admin/api/records/main/contacts/" + fx.contacts().get(0).id(), "/admin/api/forecast",
        "/admin/api/routing/fairness", "/admin/api/routing/response-times")) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
      HttpResponse<String> wrong = get(path, "wrong");
      assertThat(wrong.statusCode()).as(path).isEqualTo(401);
      assertThat(wrong.body()).doesNotContain("\"audit\"", "\"lines\"");
    }
  }

  private HttpResponse<String> ok(String path) throws Exception {
    HttpResponse<String> response = get(path, TOKEN);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(TOKEN, fx.sandbox.accessToken());
    return response;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static JsonNode stage(List<JsonNode> audit, String stage) {
    return audit.stream().filter(e -> e.path("stage").asText().equals(stage)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + stage + " entry in " + audit));
  }

  private static BigDecimal sum(List<SandboxRecord> deals, String property) {
    return deals.stream().map(d -> d.get(property)).filter(v -> v != null && !v.isBlank()).map(BigDecimal::new)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
