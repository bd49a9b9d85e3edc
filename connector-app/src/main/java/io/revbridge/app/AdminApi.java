package io.revbridge.app;

import io.javalin.http.Context;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.Secret;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.SyncEngine;
import io.revbridge.sync.SyncHealthReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin API under {@code /admin/api}: every call needs {@code Authorization: Bearer <admin.token>}.
 * Without {@code admin.token} configured the API is off (404), so it is never open by accident.
 */
final class AdminApi {
  private final Optional<Secret> token;
  private final SyncHealthReader health;
  private final Map<String, CrmConnection> connections;

  private final SyncEngine engine;

  AdminApi(Optional<Secret> token, SyncHealthReader health, Map<String, CrmConnection> connections, SyncEngine engine) {
    this.token = token;
    this.health = health;
    this.connections = connections;
    this.engine = engine;
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
