package io.revbridge.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.spi.Capability;
import io.revbridge.spi.Change;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.WebhookRequest;
import io.revbridge.spi.Secret;
import io.revbridge.spi.WebhookVerdict;
import io.revbridge.store.Store;
import io.revbridge.sync.SyncEngine;
import io.revbridge.sync.SyncHealthReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The HTTP side of {@code run} and {@code demo --serve}: webhooks, health, readiness, Prometheus
 * metrics, the admin API and the admin console ({@code /admin}). Webhooks are verified, parsed and queued in the inbox before the answer, so a 200 means the
 * change is durably accepted; processing happens on the sync thread.
 */
final class RevbridgeServer implements AutoCloseable {
  /** How old the inbox/outbox counts by status may be: one count serves every status gauge of a scrape. */
  private static final Duration QUEUE_COUNT_MAX_AGE = Duration.ofSeconds(10);
  private final Javalin app;
  private final PrometheusMeterRegistry metrics;
  private final SyncMetrics syncMetrics;

  private RevbridgeServer(Javalin app, PrometheusMeterRegistry metrics) {
    this.app = app;
    this.metrics = metrics;
    this.syncMetrics = new SyncMetrics(metrics);
  }

  /** @param metrics the registry the engine also counts into (enrichment failures), served at {@code /metrics} */
  static RevbridgeServer start(String host, int port, io.revbridge.config.ServerConfig settings,
      Map<String, String> crmByConnection, Map<String, CrmConnection> connections, SyncEngine engine, Store store,
      BooleanSupplier ready, Clock clock, Optional<Secret> adminToken, ForecastModel forecastModel,
      PrometheusMeterRegistry metrics, io.revbridge.app.console.Console console) {
    int webhookMaxBytes = settings.webhookMaxBytes();
    WebhookIntake intake = new WebhookIntake(settings.webhookConcurrency(), settings.webhookWaitMillis(), metrics);
    RevbridgeServer[] self = new RevbridgeServer[1];
    SyncHealthReader health = new SyncHealthReader(store, clock);
    Readiness readiness = new Readiness(ready, store, health, connections);
    AdminApi admin = new AdminApi(adminToken, health, connections, engine, store, forecastModel, clock);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = host;
      config.jetty.port = port;
      // Javalin's own cap (checked against Content-Length when a body is read) backs up the handler's.
      config.http.maxRequestSize = webhookMaxBytes;
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
      config.routes.get("/ready", readiness::handle);
      config.routes.get("/admin/api/sync-health", admin::syncHealth);
      config.routes.get("/admin/api/plan/{connection}/{object}/{id}", admin::plan);
      config.routes.get("/admin/api/records/{connection}/{object}/{id}", admin::record);
      config.routes.get("/admin/api/forecast", admin::forecast);
      config.routes.get("/admin/api/routing/fairness", admin::fairness);
      config.routes.get("/admin/api/routing/response-times", admin::responseTimes);
      config.routes.get("/admin/api/handoff/report", admin::handoffReport);
      console.register(config.routes);
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(self[0].metrics.scrape()));
      config.routes.post("/webhooks/{crm}/{connection}", ctx -> {
        // A turn before the body is read: a burst holds at most server.webhookConcurrency bodies in memory.
        if (!intake.enter()) {
          String crm = ctx.pathParam("crm");
          ctx.header("Retry-After", Long.toString(WebhookIntake.RETRY_AFTER.toSeconds()));
          self[0].reject(ctx, crm, connections.containsKey(ctx.pathParam("connection")) ? ctx.pathParam("connection")
              : "unknown", 503, "Revbridge is storing as many webhooks as server.webhookConcurrency allows; nothing"
              + " was stored; send again after Retry-After");
          return;
        }
        try {
          self[0].webhook(ctx, webhookMaxBytes, crmByConnection, connections, engine, clock);
        } finally {
          intake.leave();
        }
      });
    });
    RevbridgeServer server = new RevbridgeServer(app, metrics);
    self[0] = server;
    server.registerGauges(store, clock);
    // 1 while the CRM told Revbridge to wait (a daily API limit): nothing is sent on it until then.
    for (String name : connections.keySet()) {
      Gauge.builder("revbridge_connection_paused", () -> engine.pausedUntil(name).isPresent() ? 1 : 0)
          .tag("connection", name).description("1 while the connection is paused by a long CRM wait (daily limit)")
          .register(server.metrics);
    }
    for (Map.Entry<String, CrmConnection> c : connections.entrySet()) {
      server.registerBacklogGauges(c.getKey(), store);
      server.registerApiUsage(c.getKey(), c.getValue());
    }
    app.start();
    return server;
  }

  int port() {
    return app.port();
  }

  /**
   * The CRM's own figures for its daily API allowance, as the connection last saw them (no call is made; NaN until
   * the CRM reported them), and 1 while the adapter holds back non-essential work.
   */
  private void registerApiUsage(String name, CrmConnection connection) {
    Gauge.builder("revbridge_api_requests_used", () -> connection.usage().used().stream().mapToDouble(v -> v)
        .findFirst().orElse(Double.NaN)).tag("connection", name)
        .description("API requests counted against the CRM's daily allowance, as the CRM last reported").register(metrics);
    Gauge.builder("revbridge_api_daily_limit", () -> connection.usage().dailyLimit().stream().mapToDouble(v -> v)
        .findFirst().orElse(Double.NaN)).tag("connection", name)
        .description("The CRM's daily API allowance, as the CRM last reported").register(metrics);
    Gauge.builder("revbridge_api_throttled", () -> connection.usage().throttledUntil().isPresent() ? 1 : 0)
        .tag("connection", name)
        .description("1 while the connection holds back non-essential work to stay inside the API allowance")
        .register(metrics);
  }

  private void registerGauges(Store store, Clock clock) {
    RecentCounts inbox = new RecentCounts(store.inbox()::countByStatus, clock, QUEUE_COUNT_MAX_AGE);
    for (String status : List.of("PENDING", "DONE", "FAILED")) {
      Gauge.builder("revbridge_inbox_entries", () -> inbox.get().getOrDefault(status, 0L))
          .tag("status", status).description("Inbox entries by status").register(metrics);
    }
    RecentCounts outbox = new RecentCounts(store.outbox()::countByStatus, clock, QUEUE_COUNT_MAX_AGE);
    for (String status : List.of("PENDING", "DONE", "DEAD", "SKIPPED")) {
      Gauge.builder("revbridge_outbox_entries", () -> outbox.get().getOrDefault(status, 0L))
          .tag("status", status).description("Outbox writes by status").register(metrics);
    }
    // Not revbridge_dead_letters: Prometheus names the counter revbridge_dead_letters_total that way too, and
    // Micrometer dropped this gauge (with a warning in the log) for the clash.
    Gauge.builder("revbridge_dead_letters_stored", () -> store.deadLetters().count())
        .description("Dead letters in the store").register(metrics);
    Gauge.builder("revbridge_deleted_records", () -> store.deletions().count())
        .description("Records the CRM reported deleted; Revbridge never writes to them").register(metrics);
  }

  /** Per connection: its backlog in the shared store (its API allowance is {@link #registerApiUsage}). */
  private void registerBacklogGauges(String name, Store store) {
    Gauge.builder("revbridge_inbox_backlog", () -> store.inbox().pendingByConnection().getOrDefault(name, 0L))
        .tag("connection", name).description("Changes received and not processed yet").register(metrics);
    Gauge.builder("revbridge_outbox_backlog", () -> store.outbox().pendingByConnection().getOrDefault(name, 0L))
        .tag("connection", name).description("Writes planned and not sent yet, including those waiting to retry")
        .register(metrics);
  }

  private void webhook(Context ctx, int maxBytes, Map<String, String> crmByConnection,
      Map<String, CrmConnection> connections, SyncEngine engine, Clock clock) {
    String name = ctx.pathParam("connection");
    String crm = ctx.pathParam("crm");
    CrmConnection connection = connections.get(name);
    if (connection == null || !crm.equals(crmByConnection.get(name))) {
      reject(ctx, crm, "unknown", 404, "no " + crm + " connection named '" + name + "' is configured");
      return;
    }
    if (!connection.capabilities().contains(Capability.WEBHOOKS)) {
      reject(ctx, crm, name, 404, "connection '" + name + "' does not receive webhooks in this version");
      return;
    }
    byte[] body = boundedBody(ctx, maxBytes);
    if (body == null) {
      reject(ctx, crm, name, 413, "the webhook body is larger than server.webhookMaxBytes (" + maxBytes + " bytes);"
          + " nothing was stored; raise the limit if your CRM sends bigger batches");
      return;
    }
    if (crm.equals("hubspot") && !validUtf8(body)) {
      reject(ctx, crm, name, 400, "the webhook body is not valid UTF-8 JSON; nothing was stored");
      return;
    }
    WebhookRequest request = new WebhookRequest("POST", ctx.fullUrl(), headers(ctx), body, clock.instant());
    WebhookVerdict verdict = connection.webhooks().verify(request);
    if (!verdict.accepted()) {
      reject(ctx, crm, name, verdict.status(), verdict.reason());
      return;
    }
    List<Change> changes;
    try {
      changes = connection.webhooks().parse(request);
    } catch (IllegalArgumentException e) {
      reject(ctx, crm, name, 400, e.getMessage());
      return;
    }
    int queued = engine.ingest(changes);
    count(name, "accepted");
    syncMetrics.webhookEvents(name, changes.size());
    if (crm.equals("salesforce")) {
      ctx.contentType(SalesforceReplies.CONTENT_TYPE).result(SalesforceReplies.ack());
      return;
    }
    ctx.json(Map.of("received", changes.size(), "queued", queued));
  }

  /** JSON is UTF-8; a body that is not would otherwise be read with replacement characters, silently. */
  private static boolean validUtf8(byte[] body) {
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(body));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Past {@code maxBytes}, how much of a refused body is still read (and thrown away) so that its sender gets the
   * 413: closing on a body the client is still sending resets the connection and the answer is lost with it.
   */
  static final long REFUSED_BODY_DRAIN_BYTES = 16L * 1024 * 1024;

  /**
   * The body, or null when it is longer than {@code maxBytes}: refused by its Content-Length, or (chunked) after
   * reading at most one byte too many, so an oversized body is never held whole; what follows is read and dropped.
   */
  private static byte[] boundedBody(Context ctx, int maxBytes) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      byte[] read = ctx.contentLength() > maxBytes ? null : in.readNBytes(maxBytes + 1);
      if (read == null || read.length > maxBytes) {
        drain(in);
        return null;
      }
      return read;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not read the webhook body", e);
    }
  }

  /** Beyond {@link #REFUSED_BODY_DRAIN_BYTES} Jetty closes the connection: a sender that big is not listening. */
  private static void drain(java.io.InputStream in) throws java.io.IOException {
    byte[] sink = new byte[8192];
    long left = REFUSED_BODY_DRAIN_BYTES;
    for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
      left -= n;
    }
  }

  private void reject(Context ctx, String crm, String connection, int status, String reason) {
    count(connection, "rejected_" + status);
    if (crm.equals("salesforce")) {
      ctx.status(status).contentType(SalesforceReplies.CONTENT_TYPE).result(SalesforceReplies.fault(status, reason));
      return;
    }
    ctx.status(status).json(Map.of("error", reason));
  }

  private void count(String connection, String result) {
    Counter.builder("revbridge_webhooks_total").tag("connection", connection).tag("result", result)
        .description("Webhook requests by result").register(metrics).increment();
  }

  private static Map<String, List<String>> headers(Context ctx) {
    return ctx.headerMap().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
  }

  @Override
  public void close() {
    app.stop();
  }
}
