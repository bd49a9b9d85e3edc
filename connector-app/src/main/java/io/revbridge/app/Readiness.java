package io.revbridge.app;

import io.javalin.http.Context;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import io.revbridge.sync.ConnectionHealth;
import io.revbridge.sync.SyncHealthReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /ready}: 200 only when the first sync pass has finished, the store answers, and no connection
 * is paused by a CRM limit; otherwise 503 with the reasons. Each connection's pause and API usage is shown
 * either way, so a load balancer and a person read the same answer.
 */
final class Readiness {
  private final BooleanSupplier firstPassDone;
  private final Store store;
  private final SyncHealthReader health;
  private final Map<String, CrmConnection> connections;

  Readiness(BooleanSupplier firstPassDone, Store store, SyncHealthReader health, Map<String, CrmConnection> connections) {
    this.firstPassDone = firstPassDone;
    this.store = store;
    this.health = health;
    this.connections = connections;
  }

  void handle(Context ctx) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> body = new LinkedHashMap<>();
    if (!firstPassDone.getAsBoolean()) {
      problems.add("starting: the first sync pass has not finished");
    }
    List<Map<String, Object>> shown = new ArrayList<>();
    try {
      storeAnswers();
      body.put("store", "ok");
      for (ConnectionHealth h : health.read(connections)) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("connection", h.connection());
        c.put("paused", h.paused());
        c.put("pausedUntil", h.pausedUntil().map(Object::toString).orElse(null));
        c.put("usage", HealthJson.usage(h.usage()));
        shown.add(c);
        if (h.paused()) {
          problems.add(h.connection() + " is paused until " + h.pausedUntil().get() + ": " + h.pausedWhy().orElse("the CRM asked to wait"));
        }
      }
    } catch (RuntimeException e) {
      body.put("store", "unreachable");
      problems.add("the store does not answer: " + e.getMessage());
    }
    body.put("status", problems.isEmpty() ? "ready" : String.join("; ", problems));
    body.put("connections", shown);
    ctx.status(problems.isEmpty() ? 200 : 503).json(body);
  }

  private void storeAnswers() {
    try (Connection c = store.dataSource().getConnection()) {
      if (!c.isValid(2)) {
        throw new IllegalStateException("the connection did not answer within 2 s");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
