package io.revbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.revbridge.sandbox.salesforce.SfApiAllowance;
import io.revbridge.sandbox.salesforce.SfOrg;
import io.revbridge.sandbox.salesforce.SfOutboundMessenger;
import io.revbridge.sandbox.salesforce.SfRandomFaults;
import io.revbridge.sandbox.salesforce.SfSeeder;
import io.revbridge.sandbox.salesforce.SfSoapApi;
import io.revbridge.sandbox.salesforce.SfTokenEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * A stateful local fake of a Salesforce org on 127.0.0.1: the OAuth token endpoint and the partner SOAP
 * API subset Revbridge uses, seeded deterministically ({@code contacts} option = number of leads; half as
 * many contacts, a fifth as many accounts and opportunities, ten active users and one inactive).
 * It imports nothing from Revbridge. Thread-safe; every method may be called while clients talk to it.
 */
public final class SalesforceSandbox implements AutoCloseable {
  public static final String CLIENT_ID = "sandbox-client-id";
  public static final String CLIENT_SECRET = "sandbox-client-secret";
  public static final String API_VERSION = "65.0";

  private final HttpServer server;
  private final ExecutorService executor;
  private final SfOrg org;
  private final SfTokenEndpoint tokens;
  private final SfApiAllowance allowance;
  private final SfOutboundMessenger messenger = new SfOutboundMessenger();

  private final AtomicReference<SfRandomFaults> chaos;
  private final java.util.concurrent.ConcurrentHashMap<String, LongAdder> faults;

  private SalesforceSandbox(HttpServer server, ExecutorService executor, SfOrg org, SfTokenEndpoint tokens,
      SfApiAllowance allowance, AtomicReference<SfRandomFaults> chaos,
      java.util.concurrent.ConcurrentHashMap<String, LongAdder> faults) {
    this.chaos = chaos;
    this.faults = faults;
    this.server = server;
    this.executor = executor;
    this.org = org;
    this.tokens = tokens;
    this.allowance = allowance;
  }

  /** Seeds the org and starts serving; fails with {@link UncheckedIOException} if the port is taken. */
  public static SalesforceSandbox start(SandboxOptions options) {
    HttpServer server;
    try {
      server = LoopbackHttpServer.create(options.port(), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not listen on 127.0.0.1:" + options.port()
          + " (is another process using it? pass port 0 for any free port)", e);
    }
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    SfOrg org = SfSeeder.seed(options.contacts(), options.seed(), options.clock());
    SfTokenEndpoint tokens = new SfTokenEndpoint(CLIENT_ID, CLIENT_SECRET, base);
    SfApiAllowance allowance = new SfApiAllowance(options.clock());
    SfSoapApi soap = new SfSoapApi(org, tokens::isValid, allowance);
    server.createContext("/services/oauth2/token", ex -> {
      SfTokenEndpoint.Answer a = tokens.handle(new String(body(ex), StandardCharsets.UTF_8));
      send(ex, a.status(), "application/json", a.json());
    });
    AtomicReference<SfRandomFaults> chaos = new AtomicReference<>();
    java.util.concurrent.ConcurrentHashMap<String, LongAdder> faults = new java.util.concurrent.ConcurrentHashMap<>();
    server.createContext("/services/Soap/u/", ex -> {
      byte[] request = body(ex);
      SfRandomFaults random = chaos.get();
      SfRandomFaults.Kind fault = random == null ? null : random.next();
      if (fault != null) {
        faults.computeIfAbsent(fault.name(), k -> new LongAdder()).increment();
        if (playFault(ex, fault, random, () -> soap.handle(request))) {
          return;
        }
      }
      SfSoapApi.Answer a = soap.handle(request);
      send(ex, a.status(), "text/xml;charset=UTF-8", a.xml());
    });
    ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "salesforce-sandbox");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new SalesforceSandbox(server, executor, org, tokens, allowance, chaos, faults);
  }

  /**
   * Plays one random fault; true when the exchange is finished (answered or cut), false when the call is to be
   * served normally (a stall, after its wait). {@code apply} serves the call, its answer thrown away.
   */
  private static boolean playFault(HttpExchange ex, SfRandomFaults.Kind fault, SfRandomFaults random, Runnable apply)
      throws IOException {
    String xml = "text/xml;charset=UTF-8";
    switch (fault) {
      case REQUEST_LIMIT -> send(ex, 500, xml, SfRandomFaults.fault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."));
      case LOCK_ROW -> send(ex, 500, xml, SfRandomFaults.fault("UNABLE_TO_LOCK_ROW",
          "unable to obtain exclusive access to this record or 1 records"));
      case ERROR_PAGE -> send(ex, 500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");
      case UNAVAILABLE_AFTER -> {
        apply.run();
        send(ex, 500, xml, SfRandomFaults.fault("SERVER_UNAVAILABLE", "Server temporarily unavailable."));
      }
      case RESET_BEFORE -> ex.close(); // no status line: the client sees the connection end
      case RESET_AFTER -> {
        apply.run();
        ex.close();
      }
      case STALL -> {
        try {
          Thread.sleep(random.stall().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return false;
      }
      default -> throw new IllegalStateException("unknown fault " + fault);
    }
    return true;
  }

  /**
   * From now on a share {@code rate} (0 to 1; 0 turns it off) of SOAP calls fail at random ({@link SfRandomFaults}):
   * limit and lock faults, error pages, resets before and after the change, and stalls of {@code stall}.
   */
  public void injectRandomFaults(double rate, long seed, java.time.Duration stall) {
    chaos.set(rate == 0 ? null : new SfRandomFaults(rate, seed, stall));
  }

  /** Random faults played so far. */
  public long faultsServed() {
    return faults.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Random faults played so far by kind ({@code REQUEST_LIMIT}, {@code LOCK_ROW}, ...: {@link SfRandomFaults.Kind}). */
  public Map<String, Long> faultsByKind() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    faults.forEach((kind, n) -> counts.put(kind, n.sum()));
    return counts;
  }

  /**
   * Adds closed history (see {@link HistoryOptions}): converted and not converted leads, opportunities closed won and
   * lost on accounts of their own, stamped when their outcome was set; as if they had been there from the start.
   */
  public void seedHistory(HistoryOptions history) {
    io.revbridge.sandbox.salesforce.SfHistorySeeder.seed(org, history);
  }

  /** The login URL and instance URL alike, e.g. {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String organizationId() {
    return SfOrg.ORG_ID;
  }

  /** Every record of an object ({@code Lead}, {@code Task}, ...), deleted ones included, as field maps. */
  public List<Map<String, String>> records(String object) {
    return org.records(object);
  }

  /** Accepted updates and creates in order, each with {@code _operation}, {@code _type} and {@code _id}. */
  public List<Map<String, String>> writes() {
    return org.writes();
  }

  /** API calls answered so far, over every day (see {@link #apiRequestsUsedToday} for the allocation). */
  public long apiRequests() {
    return org.apiRequests();
  }

  /**
   * Sets the org's daily API request allocation (default {@value SfApiAllowance#DEFAULT_DAILY_LIMIT}); the
   * LimitInfoHeader reports it, and calls beyond it fail with {@code REQUEST_LIMIT_EXCEEDED}.
   */
  public void setDailyApiLimit(long limit) {
    allowance.setLimit(limit);
  }

  /** Pretends other integrations already used {@code requests} of today's allocation. */
  public void setApiRequestsUsed(long requests) {
    allowance.setUsed(requests);
  }

  /** Requests counted against today's allocation (the LimitInfoHeader's "current"). */
  public long apiRequestsUsedToday() {
    return allowance.used();
  }

  /**
   * Makes the token endpoint check JWT assertions' RS256 signatures against this public key, as Salesforce checks
   * them against the certificate uploaded to the connected app; a wrong signature gets {@code invalid_grant}.
   */
  public void trustJwtKey(PublicKey key) {
    tokens.trustJwtKey(key);
  }

  /**
   * Changes a record as a person in Salesforce would; with {@link #sendOutboundMessagesTo} set, the change
   * is then sent as an outbound message before this returns.
   */
  public void edit(String object, String id, Map<String, String> values) {
    org.edit(object, id, values);
    messenger.changed(object, id);
  }

  /**
   * Changes a seeded record as if it had been seeded that way (no new SystemModstamp, no outbound message): for
   * demo data laid over the generated seed before the first poll.
   */
  public void amendSeed(String object, String id, Map<String, String> values) {
    org.amendSeed(object, id, values);
  }

  /**
   * From now on, people's edits of these objects are sent as Outbound Message notifications to {@code url}
   * (API writes are not: the integration user's own changes do not fire the Flow).
   */
  public void sendOutboundMessagesTo(String url, Set<String> objects) {
    messenger.sendTo(url, objects);
  }

  /** Every notification sent so far, with the answer's status and whether it was acknowledged. */
  public List<SfOutboundMessenger.Delivery> outboundMessages() {
    return messenger.deliveries();
  }

  /** Sends the unacknowledged notifications again with their original ids, as Salesforce retries. */
  public void redeliverOutboundMessages() {
    messenger.redeliver();
  }

  /** Moves a record to the Recycle Bin. */
  public void delete(String object, String id) {
    org.delete(object, id);
  }

  /** Every issued session stops working, so the next call gets INVALID_SESSION_ID. */
  public void expireSessions() {
    tokens.expireSessions();
  }

  private static byte[] body(HttpExchange ex) throws IOException {
    InputStream in = ex.getRequestBody();
    if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    try (InputStream stream = in) {
      return stream.readAllBytes();
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "SalesforceSandbox[" + baseUrl() + "]";
  }
}
