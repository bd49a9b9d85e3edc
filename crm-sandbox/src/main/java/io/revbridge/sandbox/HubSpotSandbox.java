package io.revbridge.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.revbridge.sandbox.hubspot.DatasetGenerator;
import io.revbridge.sandbox.hubspot.HubSpotApi;
import io.revbridge.sandbox.hubspot.HubSpotCrm;
import io.revbridge.sandbox.hubspot.OAuthServer;
import io.revbridge.sandbox.hubspot.ObjectType;
import io.revbridge.sandbox.hubspot.UiLifecycle;
import io.revbridge.sandbox.hubspot.WebhookEmitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful local fake of the HubSpot CRM v3 API on 127.0.0.1, seeded with a deterministic dataset.
 * It speaks HubSpot's wire format from its own code (it imports nothing from Revbridge) and enforces
 * HubSpot's limits, so a client that works against it has exercised auth, rate limits, batch partial
 * failure and search paging.
 *
 * <p>Threading: requests are served by a pool of daemon threads; every method here is thread-safe and may
 * be called while clients are talking to the server. The inspection methods mirror the {@code /_sandbox}
 * HTTP endpoints and, like them, are neither rate limited nor counted in {@link #stats()}.
 */
public final class HubSpotSandbox implements AutoCloseable {
  private static final int THREADS = 16;

  private final SandboxOptions options;
  private final HubSpotCrm crm;
  private final HubSpotApi api;
  private final HttpServer server;
  private final ExecutorService executor;
  private final WebhookEmitter webhooks;
  private final UiLifecycle lifecycle;

  private HubSpotSandbox(SandboxOptions options, HubSpotCrm crm, HubSpotApi api, HttpServer server,
      ExecutorService executor) {
    this.options = options;
    this.crm = crm;
    this.api = api;
    this.server = server;
    this.executor = executor;
    this.webhooks = new WebhookEmitter(options.clock());
    crm.emitTo(webhooks);
    this.lifecycle = new UiLifecycle(crm);
  }

  /** Seeds the dataset and starts serving; fails with {@link UncheckedIOException} if the port is taken. */
  public static HubSpotSandbox start(SandboxOptions options) {
    HubSpotCrm crm = DatasetGenerator.generate(options);
    HubSpotApi api = new HubSpotApi(crm, options);
    HttpServer server;
    try {
      server = LoopbackHttpServer.create(options.port(), 256);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not listen on 127.0.0.1:" + options.port()
          + " (is another process using it? pass port 0 for any free port)", e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "hubspot-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.createContext("/", api);
    server.setExecutor(executor);
    server.start();
    return new HubSpotSandbox(options, crm, api, server, executor);
  }

  /** E.g. {@code http://127.0.0.1:54321}; point a HubSpot client's base URL here instead of api.hubapi.com. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The bearer token the sandbox accepts. Not a real secret, but keep it out of logs all the same. */
  public String accessToken() {
    return options.accessToken();
  }

  public SandboxOptions options() {
    return options;
  }

  /** Every record of a type ({@code contacts}, {@code companies}, {@code deals}, {@code tasks}), archived included. */
  public List<SandboxRecord> records(String type) {
    return crm.all(ObjectType.require(type));
  }

  /** The properties of one record; throws {@link NoSuchElementException} naming the type and id if absent. */
  public Map<String, String> record(String type, String id) {
    return find(type, id).map(SandboxRecord::properties).orElseThrow(() ->
        new NoSuchElementException("No " + type + " record with id " + id + " in the sandbox"));
  }

  public Optional<SandboxRecord> find(String type, String id) {
    return crm.find(ObjectType.require(type), id);
  }

  /**
   * Adds closed history (see {@link HistoryOptions}): converted and disqualified contacts, deals closed won and lost,
   * each with a company of its own, modified when their outcome was set. Not an API call and no webhooks, as if the
   * records had been there before the sandbox started.
   */
  public void seedHistory(HistoryOptions history) {
    io.revbridge.sandbox.hubspot.HistorySeeder.seed(crm, history, options.clock().millis());
  }

  /** Accepted API writes in the order they happened, one entry per record written. */
  public List<SandboxWrite> writes() {
    return crm.writes();
  }

  public SandboxStats stats() {
    return api.stats();
  }

  /** Clears request counts, batch sizes and 429 counters (not the write log, not the rate-limit windows). */
  public void resetStats() {
    api.resetStats();
  }

  /**
   * Simulates a person editing a record in the HubSpot UI: the values are validated like an API write and
   * the last-modified time moves forward, but it is not an API call (no rate limit, no stats, no write log).
   *
   * @throws IllegalArgumentException if the record does not exist or a value is invalid (the message says which)
   */
  public SandboxRecord edit(String type, String id, Map<String, String> properties) {
    return crm.uiEdit(ObjectType.require(type), id, properties);
  }

  /**
   * Turns on HubSpot's OAuth token endpoint ({@code POST /oauth/v1/token}, refresh-token grant): access
   * tokens it hands out live for {@code lifetime} on the sandbox clock, then answer 401
   * {@code EXPIRED_AUTHENTICATION}. With {@code rotate}, every grant also replaces the refresh token.
   * The static {@link #accessToken()} keeps working.
   */
  public void enableOAuth(String clientId, String clientSecret, String refreshToken, Duration lifetime,
      boolean rotate) {
    api.oauth().enable(clientId, clientSecret, refreshToken, lifetime, rotate);
  }

  /** The OAuth side, for tests: current refresh token, grants made, expire or revoke tokens. */
  public OAuthServer oauth() {
    return api.oauth();
  }

  /**
   * Simulates a person deleting a record in the HubSpot UI: it moves to the recycle bin (listed with
   * {@code archived=true}, gone from search and reads). Not an API call.
   *
   * @return false if there was no live record with that id
   */
  public boolean archive(String type, String id) {
    return crm.uiArchive(ObjectType.require(type), id);
  }

  /**
   * Simulates a person merging {@code mergedId} into {@code primaryId} in the UI: the primary keeps its id,
   * gains the values it lacked and the merged record's associations; the merged record is gone from reads and
   * search. Emits {@code <type>.merge} with {@code primaryObjectId}, {@code mergedObjectIds}, {@code newObjectId}.
   *
   * @throws IllegalArgumentException if a record is missing or both ids are the same
   */
  public SandboxRecord merge(String type, String primaryId, String mergedId) {
    return lifecycle.merge(ObjectType.require(type), primaryId, mergedId);
  }

  /**
   * Simulates a person restoring a record from the recycle bin; it is modified now. Emits {@code <type>.restore}.
   *
   * @throws IllegalArgumentException if no record with that id is in the recycle bin
   */
  public SandboxRecord restore(String type, String id) {
    return lifecycle.restore(ObjectType.require(type), id);
  }

  /**
   * Simulates a person associating two records in the UI (both ways). A contact's first company becomes its
   * primary one ({@code associatedcompanyid}); no other property or modified time changes, so only the webhook
   * ({@code <type>.associationChange}, both directions) tells.
   */
  public void associate(String fromType, String fromId, String toType, String toId) {
    lifecycle.associate(ObjectType.require(fromType), fromId, ObjectType.require(toType), toId);
  }

  /** Removes an association both ways; emits association changes with {@code associationRemoved: true}. */
  public void dissociate(String fromType, String fromId, String toType, String toId) {
    lifecycle.dissociate(ObjectType.require(fromType), fromId, ObjectType.require(toType), toId);
  }

  /**
   * From now on, every creation, property change (API writes with {@code changeSource} API, {@link #edit}
   * with CRM_UI), deletion, merge, restore and association change of a contact, company or deal is POSTed to
   * {@code url} as HubSpot does: JSON arrays of up to 100 events, v3-signed with {@code clientSecret} (and v1
   * alongside). Sent every 100 ms in the background; {@link #flushWebhooks} sends what is queued at once.
   * Failed deliveries are retried (see {@link #webhookRetryDelay}).
   */
  public void sendWebhooksTo(String url, String clientSecret) {
    webhooks.target(url, clientSecret);
  }

  /** Sends the queued webhook events now and returns once they were answered. */
  public void flushWebhooks() {
    webhooks.flush();
  }

  /** Webhook deliveries answered 2xx, and failed delivery attempts (each failed retry counts). */
  public long webhooksDelivered() {
    return webhooks.delivered();
  }

  public long webhooksFailed() {
    return webhooks.failed();
  }

  /** Events given up on after 10 failed retries, as HubSpot gives up. */
  public long webhooksAbandoned() {
    return webhooks.abandoned();
  }

  /**
   * How long a failed webhook delivery waits before its first retry (default 1 s; each further retry waits
   * twice as long). HubSpot spreads its 10 retries over a day; tests and demos want them sooner.
   */
  public void webhookRetryDelay(Duration delay) {
    webhooks.retryDelay(delay);
  }

  /**
   * From now on the account may make {@code limit} API calls a day: answers (not searches) carry
   * {@code X-HubSpot-RateLimit-Daily} and {@code -Daily-Remaining}; once spent, every call gets 429 with
   * {@code policyName: DAILY} until {@link #resetDailyLimit()}. Negative: no daily limit (the default).
   */
  public void dailyLimit(long limit) {
    api.dailyLimit(limit);
  }

  /** Midnight in the account's time zone: the daily allowance is whole again. */
  public void resetDailyLimit() {
    api.resetDailyLimit();
  }

  /** The next {@code count} API requests whose path starts with {@code pathPrefix} fail with {@code status}. */
  public void injectFault(String pathPrefix, int status, int count) {
    api.injectFault(pathPrefix, status, count);
  }

  /**
   * From now on a share {@code rate} (0 to 1) of API calls fails at random, seeded by {@code seed}: a 429, a
   * 500 before or after the change was applied, a connection reset before or after it was applied, or a
   * stall of {@code stall} (longer than the client's timeout) after which the change is applied anyway.
   * {@code rate} 0 turns it off. Inspection calls ({@link #records}, {@link #writes}) never fail.
   */
  public void injectRandomFaults(double rate, long seed, java.time.Duration stall) {
    api.injectRandomFaults(rate, seed, stall);
  }

  /** Stops serving at once; in-flight requests are cut off. */
  @Override
  public void close() {
    webhooks.close();
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "HubSpotSandbox[" + baseUrl() + ", " + options.contacts() + " contacts, seed " + options.seed() + "]";
  }
}
