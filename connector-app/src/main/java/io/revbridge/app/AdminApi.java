package io.revbridge.app;

import io.javalin.http.Context;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.forecast.ForecastRollup;
import io.revbridge.forecast.RollupLine;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.FairnessReport;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.Secret;
import io.revbridge.store.Store;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.SyncEngine;
import io.revbridge.sync.SyncHealthReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API under {@code /admin/api}: every call needs {@code Authorization: Bearer <admin.token>}.
 * Without {@code admin.token} configured the API is off (404), so it is never open by accident.
 */
final class AdminApi {
  static final int DEFAULT_TRAIL = 50;
  static final int MAX_TRAIL = 500;

  private final Optional<Secret> token;
  private final SyncHealthReader health;
  private final Map<String, CrmConnection> connections;

  private final SyncEngine engine;
  private final Store store;
  private final ForecastModel forecastModel;
  private final Clock clock;

  AdminApi(Optional<Secret> token, SyncHealthReader health, Map<String, CrmConnection> connections, SyncEngine engine,
      Store store, ForecastModel forecastModel, Clock clock) {
    this.token = token;
    this.health = health;
    this.connections = connections;
    this.engine = engine;
    this.store = store;
    this.forecastModel = forecastModel;
    this.clock = clock;
  }

  /**
   * {@code GET /admin/api/records/{connection}/{object}/{id}?limit=N}: the record's decision trail, newest first
   * (at most {@code limit} audit entries, default 50, at most 500); 404 when the store knows nothing of it.
   */
  void record(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    Integer limit = intParam(ctx, "limit", DEFAULT_TRAIL, MAX_TRAIL);
    if (limit == null) {
      return;
    }
    RecordRef ref = new RecordRef(ctx.pathParam("connection"), ctx.pathParam("object"), ctx.pathParam("id"));
    Optional<Map<String, Object>> trail = RecordTrail.of(store, ref, limit);
    if (trail.isEmpty()) {
      ctx.status(404).json(Map.of("error", "Revbridge knows nothing of " + ref.key()
          + ": no audit entry, written value, dead letter or deletion (check connection, object type and id)"));
      return;
    }
    ctx.json(trail.get());
  }

  /** {@code GET /admin/api/forecast?by=owner|quarter|overall}: the roll-up {@code revbridge forecast} prints. */
  void forecast(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    ForecastRollup.By by;
    try {
      by = ForecastReport.grouping(ctx.queryParam("by"));
    } catch (IllegalArgumentException e) {
      badRequest(ctx, "by=" + e.getMessage() + " (fix: by=owner, by=quarter or by=overall)");
      return;
    }
    List<Map<String, Object>> lines = ForecastReport.lines(store, forecastModel, by).stream()
        .map(AdminApi::rollupLine).toList();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("by", by == ForecastRollup.By.ALL ? "overall" : by.name().toLowerCase(Locale.ROOT));
    json.put("commitMinPercent", forecastModel.commitMin());
    json.put("bestCaseMinPercent", forecastModel.bestCaseMin());
    json.put("lines", lines);
    ctx.json(json);
  }

  /**
   * The {@code since} query parameter (default: the report's usual window), or empty after answering 400 when it is
   * not an ISO-8601 instant.
   */
  private Optional<Instant> since(Context ctx) {
    String given = ctx.queryParam("since");
    try {
      return Optional.of(FairnessQuery.since(given == null ? null : Instant.parse(given), clock.instant()));
    } catch (DateTimeParseException e) {
      badRequest(ctx, "since=`" + given + "` is not an ISO-8601 instant (fix: e.g. since=2026-03-01T00:00:00Z)");
      return Optional.empty();
    }
  }

  /** {@code GET /admin/api/routing/response-times?since=ISO}: what {@code revbridge route response-times} prints. */
  void responseTimes(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    Optional<Instant> sinceParam = since(ctx);
    if (sinceParam.isEmpty()) {
      return;
    }
    Instant since = sinceParam.get();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (io.revbridge.routing.ResponseTimeReport.Line l : ResponseTimeQuery.lines(store, since)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("team", l.team());
      line.put("owner", l.ownerId());
      line.put("clocks", l.clocks());
      line.put("met", l.met());
      line.put("breached", l.breached());
      line.put("open", l.open());
      line.put("responded", l.responded());
      line.put("p50Seconds", l.p50() == null ? null : l.p50().toSeconds());
      line.put("p90Seconds", l.p90() == null ? null : l.p90().toSeconds());
      lines.add(line);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("since", since.toString());
    json.put("lines", lines);
    ctx.json(json);
  }

  /** {@code GET /admin/api/routing/fairness?since=ISO}: the report {@code revbridge route fairness} prints. */
  void fairness(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    Optional<Instant> sinceParam = since(ctx);
    if (sinceParam.isEmpty()) {
      return;
    }
    Instant since = sinceParam.get();
    List<Map<String, Object>> lines = new ArrayList<>();
    long total = 0;
    for (FairnessReport.Line l : FairnessQuery.lines(store, since)) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("team", l.pool());
      line.put("owner", l.ownerId());
      line.put("assigned", l.assigned());
      line.put("weight", l.weight());
      line.put("share", l.share());
      line.put("target", l.weightShare());
      lines.add(line);
      total += l.assigned();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("since", since.toString());
    json.put("assignments", total);
    json.put("lines", lines);
    ctx.json(json);
  }

  /** {@code GET /admin/api/handoff/report?since=ISO}: the figures {@code revbridge handoff report} prints. */
  void handoffReport(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    Optional<Instant> sinceParam = since(ctx);
    if (sinceParam.isEmpty()) {
      return;
    }
    Instant since = sinceParam.get();
    ctx.json(io.revbridge.handoff.HandoffReport.of(store.handoffs().since(since), since, clock.instant()));
  }

  private static Map<String, Object> rollupLine(RollupLine l) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("group", l.group());
    json.put("openDeals", l.openDeals());
    json.put("commit", money(l.commit()));
    json.put("bestCase", money(l.bestCase()));
    json.put("pipeline", money(l.pipeline()));
    json.put("weighted", money(l.weighted()));
    json.put("won", money(l.won()));
    return json;
  }

  /** Two decimals always, so every amount reads the same way (no {@code 0} beside {@code 88700.00}). */
  private static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The parameter, or its default when absent; null (after answering 400) when not a number from 1 to max. */
  private static Integer intParam(Context ctx, String name, int fallback, int max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    badRequest(ctx, name + "=`" + text + "` is not a whole number from 1 to " + max + " (default " + fallback + ")");
    return null;
  }

  private static void badRequest(Context ctx, String message) {
    ctx.status(400).json(Map.of("error", message));
  }

  /**
   * {@code GET /admin/api/plan/{connection}/{object}/{id}}: what Revbridge would do to this record now, as
   * {@code sync --once --dry-run --json} shows it; nothing is queued or written.
   */
  void plan(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    RecordRef ref = new RecordRef(ctx.pathParam("connection"), ctx.pathParam("object"), ctx.pathParam("id"));
    BatchPlan plan;
    try {
      plan = engine.planFor(ref);
    } catch (IllegalArgumentException e) {
      ctx.status(404).json(Map.of("error", e.getMessage()));
      return;
    }
    PlanJson json = new PlanJson();
    json.add(plan);
    Map<String, Object> summary = new java.util.LinkedHashMap<>();
    summary.put("record", ref.key());
    summary.put("unchanged", plan.updates().isEmpty() && plan.tasks().isEmpty() && plan.deadLetters().isEmpty());
    ctx.json(json.toJson(summary));
  }

  /** {@code GET /admin/api/sync-health}: per connection last poll, backlog, open errors, pause and API usage. */
  void syncHealth(Context ctx) {
    if (!authorized(ctx)) {
      return;
    }
    List<Map<String, Object>> all = health.read(connections).stream().map(HealthJson::of).toList();
    ctx.json(Map.of("connections", all));
  }

  private boolean authorized(Context ctx) {
    if (token.isEmpty()) {
      ctx.status(404).json(Map.of("error", "the admin API is off: set admin.token to a ${VARIABLE} to turn it on"));
      return false;
    }
    String header = ctx.header("Authorization");
    byte[] expected = ("Bearer " + token.get().reveal()).getBytes(StandardCharsets.UTF_8);
    byte[] given = header == null ? new byte[0] : header.strip().getBytes(StandardCharsets.UTF_8);
    // Constant time, so the token cannot be guessed byte by byte from response times.
    if (!MessageDigest.isEqual(expected, given)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"revbridge-admin\"")
          .status(401).json(Map.of("error", "send the admin token: Authorization: Bearer <admin.token>"));
      return false;
    }
    return true;
  }
}
