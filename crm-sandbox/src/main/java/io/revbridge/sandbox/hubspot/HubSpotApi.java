package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxStats;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP front of the fake: for every {@code /crm} call it counts the request, adds the configured
 * latency, checks the bearer token, applies injected faults, then the rate limits (search per second,
 * everything else per rolling 10 s), and only then dispatches. {@code /_sandbox} inspection calls skip all
 * of that. Called concurrently from the server's thread pool; all state it touches is thread-safe.
 */
public final class HubSpotApi implements HttpHandler {
  private static final long BURST_WINDOW_MILLIS = 10_000;

  private final HubSpotCrm crm;
  private final SandboxOptions options;
  private final StatsRecorder stats;
  private final FaultInjector faults = new FaultInjector();
  private volatile RandomFaults randomFaults;
  private final RollingWindowLimiter burst;
  private final RollingWindowLimiter search;
  private final ObjectEndpoints objects;
  private final BatchEndpoints batches;
  private final SearchEngine engine;
  private final PropertyEndpoints properties;
  private final OwnerEndpoints owners;
  private final AssociationEndpoints associations;
  private final InspectionEndpoints inspection;
  private final OAuthServer oauth;
  private final DailyAllowance daily = new DailyAllowance();

  public HubSpotApi(HubSpotCrm crm, SandboxOptions options) {
    this.crm = crm;
    this.options = options;
    this.stats = new StatsRecorder(options);
    this.burst = new RollingWindowLimiter(options.burstPer10s(), BURST_WINDOW_MILLIS, options.clock());
    this.search = new RollingWindowLimiter(options.searchPerSecond(), 1_000, options.clock());
    this.objects = new ObjectEndpoints(crm);
    this.batches = new BatchEndpoints(crm, options, stats);
    this.engine = new SearchEngine(crm);
    this.properties = new PropertyEndpoints(crm);
    this.owners = new OwnerEndpoints(crm);
    this.associations = new AssociationEndpoints(crm, options, stats);
    this.inspection = new InspectionEndpoints(crm, this);
    this.oauth = new OAuthServer(options.clock());
  }

  public OAuthServer oauth() {
    return oauth;
  }

  public SandboxStats stats() {
    return stats.snapshot();
  }

  public void resetStats() {
    stats.reset();
  }

  /** From now on the account may make {@code limit} calls a day (see {@link DailyAllowance}); negative: no limit. */
  public void dailyLimit(long limit) {
    daily.limit(limit);
  }

  /** Midnight in the account's time zone: the daily allowance is whole again. */
  public void resetDailyLimit() {
    daily.reset();
  }

  /** The next {@code count} requests whose path starts with {@code pathPrefix} fail with {@code status}. */
  public void injectFault(String pathPrefix, int status, int count) {
    faults.add(pathPrefix, status, count);
  }

  /**
   * From now on a share {@code rate} of {@code /crm} calls fails at random (seeded): 429, 500 before or after
   * applying the change, connection reset before or after applying it, or a stall of {@code stall} before
   * the change is applied (make it longer than the client's timeout). {@code rate} 0 turns it off.
   */
  public void injectRandomFaults(double rate, long seed, java.time.Duration stall) {
    randomFaults = rate == 0 ? null : new RandomFaults(rate, seed, stall);
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    Response resp;
    try {
      Request req = Request.read(ex);
      if (req.path().equals("/_sandbox") || req.path().startsWith("/_sandbox/")) {
        resp = inspection.handle(req);
      } else if (req.path().equals(OAuthServer.TOKEN_PATH) && req.method().equals("POST")) {
        stats.request("POST " + OAuthServer.TOKEN_PATH);
        resp = oauth.token(req);
      } else {
        RandomFaults chaos = randomFaults;
        RandomFaults.Kind fault = chaos == null ? null : chaos.next();
        if (fault != null && handledAsFault(ex, req, fault, chaos)) {
          return;
        }
        resp = api(req);
      }
    } catch (ApiException e) {
      resp = Response.json(e.status(), e.body());
    } catch (RuntimeException e) {
      resp = Response.json(500, HubSpotErrors.body("Sandbox internal error: " + e, "INTERNAL_ERROR"));
    }
    send(ex, resp);
  }

  private Response api(Request req) {
    Route route;
    try {
      route = Route.resolve(req.method(), req.path());
    } catch (ApiException e) {
      stats.request(req.method() + " " + req.path());
      throw e;
    }
    stats.request(route.endpoint());
    delay();
    String bearer = bearer(req.authorization());
    if (bearer == null || !bearer.equals(options.accessToken())) {
      OAuthServer.Verdict verdict = bearer == null ? OAuthServer.Verdict.UNKNOWN : oauth.check(bearer);
      if (verdict == OAuthServer.Verdict.EXPIRED) {
        return Response.json(401, oauth.expiredBody(bearer));
      }
      if (verdict == OAuthServer.Verdict.UNKNOWN) {
        return Response.json(401, HubSpotErrors.unauthenticated());
      }
    }
    Integer fault = faults.take(req.path());
    if (fault != null) {
      stats.fault(fault);
      return Response.json(fault, faultBody(fault, req.path()));
    }
    Map<String, String> headers = Map.of();
    if (!daily.take()) {
      return Response.json(429, HubSpotErrors.daily()).withHeaders(daily.headers());
    }
    if (route.isSearch()) {
      if (search.tryAcquire() < 0) {
        stats.searchLimited();
        return Response.json(429, HubSpotErrors.secondly());
      }
    } else {
      int remaining = burst.tryAcquire();
      headers = new java.util.HashMap<>(daily.headers());
      if (burst.max() > 0) {
        headers.putAll(Map.of("X-HubSpot-RateLimit-Max", Integer.toString(burst.max()),
            "X-HubSpot-RateLimit-Remaining", Integer.toString(Math.max(remaining, 0)),
            "X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(BURST_WINDOW_MILLIS)));
      }
      if (remaining < 0) {
        stats.burstLimited();
        return Response.json(429, HubSpotErrors.tenSecondly()).withHeaders(headers);
      }
    }
    try {
      return dispatch(route, req).withHeaders(headers);
    } catch (ApiException e) {
      return Response.json(e.status(), e.body()).withHeaders(headers);
    }
  }

  private Response dispatch(Route route, Request req) {
    WriteContext ctx = new WriteContext(route.endpoint(), req.requestId());
    return switch (route.kind()) {
      case LIST -> objects.list(route, req);
      case READ -> objects.read(route, req);
      case CREATE -> objects.create(route, req, ctx);
      case UPDATE -> objects.update(route, req, ctx);
      case ARCHIVE -> objects.archive(route);
      case SEARCH -> {
        JsonNode body = req.jsonObject();
        stats.batch(route.endpoint(), body.path("limit").asInt(10));
        yield Response.json(200, engine.search(route.type(), SearchParser.parse(body, options)));
      }
      case BATCH_READ -> batches.read(route, req);
      case BATCH_UPDATE -> batches.update(route, req, ctx);
      case BATCH_CREATE -> batches.create(route, req, ctx);
      case BATCH_ARCHIVE -> batches.archive(route, req);
      case PROPERTIES_LIST -> properties.list(route, req);
      case PROPERTY_READ -> properties.read(route);
      case PROPERTY_CREATE -> properties.create(route, req);
      case GROUPS_LIST -> properties.groups(route);
      case GROUP_READ -> properties.group(route);
      case GROUP_CREATE -> properties.createGroup(route, req);
      case OWNERS_LIST -> owners.list(req);
      case OWNER_READ -> owners.read(route, req);
      case ASSOCIATIONS_BATCH_READ -> associations.batchRead(route, req);
    };
  }

  /** The token of an {@code Authorization: Bearer ...} header, or null. */
  private static String bearer(String header) {
    if (header == null || header.length() < 7 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return null;
    }
    return header.substring(7).trim();
  }

  private void delay() {
    if (options.latencyMillis() > 0) {
      try {
        Thread.sleep(options.latencyMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Plays a random fault; true when the exchange is finished (answered or cut), false when the call is to
   * be served normally (a stall, after its wait).
   */
  private boolean handledAsFault(HttpExchange ex, Request req, RandomFaults.Kind fault, RandomFaults chaos)
      throws IOException {
    switch (fault) {
      case TOO_MANY_REQUESTS -> {
        stats.fault(429);
        send(ex, Response.json(429, HubSpotErrors.secondly()));
      }
      case ERROR_BEFORE -> {
        stats.fault(500);
        send(ex, Response.json(500, faultBody(500, req.path())));
      }
      case ERROR_AFTER -> {
        stats.fault(500);
        applyQuietly(req);
        send(ex, Response.json(500, faultBody(500, req.path())));
      }
      case RESET_BEFORE -> {
        stats.fault(0);
        ex.close(); // no status line: the client sees the connection end
      }
      case RESET_AFTER -> {
        stats.fault(0);
        applyQuietly(req);
        ex.close();
      }
      case STALL -> {
        stats.fault(0);
        try {
          Thread.sleep(chaos.stall().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return false;
      }
      default -> throw new IllegalStateException("unknown fault " + fault);
    }
    return true;
  }

  private void applyQuietly(Request req) {
    try {
      api(req);
    } catch (RuntimeException e) {
      // The client never learns the outcome either way.
    }
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode faultBody(int status, String path) {
    if (status == 429) {
      return HubSpotErrors.tenSecondly();
    }
    if (status == 401) {
      return HubSpotErrors.unauthenticated();
    }
    String category = switch (status) {
      case 400 -> "VALIDATION_ERROR";
      case 403 -> "MISSING_SCOPES";
      case 404 -> "OBJECT_NOT_FOUND";
      case 409 -> "CONFLICT";
      case 423 -> "LOCKED";
      default -> status >= 500 ? "INTERNAL_ERROR" : "ERROR";
    };
    return HubSpotErrors.body("Injected fault: the sandbox was told to answer " + status + " to " + path + ".",
        category);
  }

  private static void send(HttpExchange ex, Response resp) throws IOException {
    try {
      Headers h = ex.getResponseHeaders();
      h.set("Content-Type", "application/json;charset=utf-8");
      h.set("X-HubSpot-Correlation-Id", java.util.UUID.randomUUID().toString());
      resp.headers().forEach(h::set);
      if (resp.body() == null) {
        ex.sendResponseHeaders(resp.status(), -1);
        return;
      }
      byte[] bytes = Json.MAPPER.writeValueAsBytes(resp.body());
      ex.sendResponseHeaders(resp.status(), bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } finally {
      ex.close();
    }
  }
}
