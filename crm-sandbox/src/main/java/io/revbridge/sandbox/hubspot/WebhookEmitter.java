package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends HubSpot-shaped webhook deliveries (api-notes §7) for changes to contacts, companies and deals: a JSON
 * array of up to 100 events per POST, signed with v3 ({@code X-HubSpot-Signature-v3}: base64 HMAC-SHA256 of
 * method + URL + body + timestamp, keyed by the app's client secret, with {@code X-HubSpot-Request-Timestamp})
 * and, as HubSpot does, v1 alongside. Events carry {@code changeSource} {@code API} for API writes and
 * {@code CRM_UI} for {@code edit()}; merges, restores and association changes carry HubSpot's extra fields.
 * Queued changes go out every 100 ms from a daemon thread, or at once with {@link #flush}. A delivery that fails
 * (no answer, or any status but 2xx) is sent again, as HubSpot does, with {@code attemptNumber} raised and a
 * fresh signature, after {@link #retryDelay} doubled per attempt (HubSpot spreads up to 10 retries over a day),
 * at most {@link #MAX_RETRIES} times. Thread-safe.
 */
public final class WebhookEmitter implements AutoCloseable {
  static final int MAX_EVENTS = 100;
  static final long APP_ID = 4_242_001L;
  static final int MAX_RETRIES = 10;

  /** Events of one failed delivery, due again at {@code dueMillis}; {@code attempt} is the next attemptNumber. */
  private record Retry(List<ObjectNode> events, int attempt, long dueMillis) {}

  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final LinkedBlockingQueue<ObjectNode> queue = new LinkedBlockingQueue<>();
  private final AtomicLong eventIds = new AtomicLong(1);
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong abandoned = new AtomicLong();
  private final List<Retry> retries = new ArrayList<>();
  private volatile Duration retryDelay = Duration.ofSeconds(1);
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "hubspot-sandbox-webhooks");
    t.setDaemon(true);
    return t;
  });
  private volatile String targetUrl;
  private volatile String clientSecret;

  public WebhookEmitter(Clock clock) {
    this.clock = clock;
    sender.scheduleWithFixedDelay(this::flushQuietly, 100, 100, TimeUnit.MILLISECONDS);
  }

  /** Starts sending to {@code url}, signed with {@code secret}; changes before this call are not sent. */
  public void target(String url, String secret) {
    this.clientSecret = secret;
    this.targetUrl = url;
  }

  public long delivered() {
    return delivered.get();
  }

  /** Failed delivery attempts (each retry that fails counts again). */
  public long failed() {
    return failed.get();
  }

  /** Events given up on after {@link #MAX_RETRIES} failed retries. */
  public long abandoned() {
    return abandoned.get();
  }

  /** The wait before the first retry of a failed delivery; each further retry waits twice as long. */
  public void retryDelay(Duration delay) {
    this.retryDelay = delay;
  }

  void merged(ObjectType type, String primaryId, List<String> mergedIds, int propertiesMoved) {
    ObjectNode e = event(type, primaryId, "merge", false);
    if (e != null) {
      e.put("primaryObjectId", Long.parseLong(primaryId));
      ArrayNode merged = e.putArray("mergedObjectIds");
      mergedIds.forEach(id -> merged.add(Long.parseLong(id)));
      e.put("newObjectId", Long.parseLong(primaryId));
      e.put("numberOfPropertiesMoved", propertiesMoved);
      queue.add(e);
    }
  }

  void restored(ObjectType type, String id) {
    ObjectNode e = event(type, id, "restore", false);
    if (e != null) {
      queue.add(e);
    }
  }

  /** Association events name both ends instead of an objectId, e.g. {@code CONTACT_TO_COMPANY} from 1 to 2. */
  void associationChanged(ObjectType from, String fromId, ObjectType to, String toId, boolean removed,
      boolean primary) {
    ObjectNode e = event(from, fromId, "associationChange", false);
    if (e != null && !to.activity()) {
      e.remove("objectId");
      e.put("associationType", from.upperName() + "_TO_" + to.upperName());
      e.put("fromObjectId", Long.parseLong(fromId));
      e.put("toObjectId", Long.parseLong(toId));
      e.put("associationRemoved", removed);
      e.put("isPrimaryAssociation", primary);
      queue.add(e);
    }
  }

  void created(ObjectType type, String id, boolean api) {
    ObjectNode e = event(type, id, "creation", api);
    if (e != null) {
      e.put("changeFlag", "NEW");
      queue.add(e);
    }
  }

  void changed(ObjectType type, String id, Map<String, String> values, boolean api) {
    values.forEach((name, value) -> {
      ObjectNode e = event(type, id, "propertyChange", api);
      if (e != null) {
        e.put("propertyName", name);
        e.put("propertyValue", value);
        queue.add(e);
      }
    });
  }

  void deleted(ObjectType type, String id, boolean api) {
    ObjectNode e = event(type, id, "deletion", api);
    if (e != null) {
      queue.add(e);
    }
  }

  private ObjectNode event(ObjectType type, String id, String what, boolean api) {
    if (targetUrl == null || type.activity()) {
      return null;
    }
    ObjectNode e = Json.object();
    long eventId = eventIds.getAndIncrement();
    e.put("eventId", eventId);
    e.put("subscriptionId", 100 + type.ordinal());
    e.put("portalId", HubSpotErrors.PORTAL_ID);
    e.put("appId", APP_ID);
    e.put("occurredAt", clock.millis());
    e.put("subscriptionType", type.singular() + "." + what);
    e.put("attemptNumber", 0);
    e.put("objectId", Long.parseLong(id));
    e.put("changeSource", api ? "API" : "CRM_UI");
    e.put("sourceId", api ? "" + APP_ID : "userId:10202051");
    return e;
  }

  /**
   * Sends everything queued now, in batches of at most 100 events, and the retries that are due; returns when
   * they were answered. A retry that fails again waits for a later flush.
   */
  public synchronized void flush() {
    String url = targetUrl;
    String secret = clientSecret;
    if (url == null) {
      return;
    }
    long now = clock.millis();
    List<Retry> due = new ArrayList<>();
    retries.removeIf(r -> r.dueMillis() <= now && due.add(r));
    for (Retry r : due) {
      r.events().forEach(e -> e.put("attemptNumber", r.attempt()));
      deliver(url, secret, r.events(), r.attempt());
    }
    while (!queue.isEmpty()) {
      List<ObjectNode> batch = new ArrayList<>();
      queue.drainTo(batch, MAX_EVENTS);
      deliver(url, secret, batch, 0);
    }
  }

  private void deliver(String url, String secret, List<ObjectNode> batch, int attempt) {
    ArrayNode body = Json.array();
    batch.forEach(body::add);
    if (send(url, secret, body.toString().getBytes(StandardCharsets.UTF_8))) {
      return;
    }
    if (attempt >= MAX_RETRIES) {
      abandoned.addAndGet(batch.size());
      return;
    }
    long wait = retryDelay.toMillis() << Math.min(attempt, 20);
    retries.add(new Retry(batch, attempt + 1, clock.millis() + wait));
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      failed.incrementAndGet();
    }
  }

  /** One POST; true when answered 2xx. */
  private boolean send(String url, String secret, byte[] body) {
    String timestamp = Long.toString(clock.millis());
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("X-HubSpot-Signature-Version", "v1")
        .header("X-HubSpot-Signature", v1(secret, body))
        .header("X-HubSpot-Signature-v3", v3(secret, url, body, timestamp))
        .header("X-HubSpot-Request-Timestamp", timestamp)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      (status / 100 == 2 ? delivered : failed).incrementAndGet();
      return status / 100 == 2;
    } catch (java.io.IOException e) {
      failed.incrementAndGet();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.incrementAndGet();
      return false;
    }
  }

  static String v3(String secret, String url, byte[] body, String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("POST" + url).getBytes(StandardCharsets.UTF_8));
      mac.update(body);
      return Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  static String v1(String secret, byte[] body) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      sha.update(secret.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(sha.digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public void close() {
    sender.shutdownNow();
  }
}
