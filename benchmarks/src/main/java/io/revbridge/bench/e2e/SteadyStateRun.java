package io.revbridge.bench.e2e;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays a rep editing contacts at a fixed rate: each edit flips a contact's job title between a decision
 * maker and an unknown role (so its score, and therefore Revbridge's write, must change), then HubSpot's
 * webhook for it is sent, signed, to Revbridge. Each edit is timed until the contact's next API write lands.
 */
final class SteadyStateRun {
  static final String DECISION_MAKER = "Chief Executive Officer";
  static final String UNKNOWN_ROLE = "Student";

  private final HubSpotSandbox sandbox;
  private final RevbridgeProcess revbridge;
  private final WebhookSigner signer = new WebhookSigner(RevbridgeProcess.CLIENT_SECRET);
  private final HttpClient http = HttpClient.newHttpClient();

  SteadyStateRun(HubSpotSandbox sandbox, RevbridgeProcess revbridge) {
    this.sandbox = sandbox;
    this.revbridge = revbridge;
  }

  SteadyResult measure(int eventsPerSecond, int seconds, Duration grace) throws InterruptedException {
    List<SandboxRecord> contacts = BackfillRun.liveContacts(sandbox);
    int events = eventsPerSecond * seconds;
    if (contacts.isEmpty() || events == 0) {
      return new SteadyResult(eventsPerSecond, 0, 0, 0, Percentiles.of(List.of()), 0, 0, 0);
    }
    Instant[] editedAt = new Instant[events];
    String[] ids = new String[events];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(events);
    Duration cpuBefore = revbridge.cpu();
    Instant begin = Instant.now();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    try {
      ticker.scheduleAtFixedRate(() -> {
        int i = next.getAndIncrement();
        if (i >= events) {
          return;
        }
        String id = contacts.get(i % contacts.size()).id();
        ids[i] = id;
        String title = flippedTitle(sandbox.record("contacts", id));
        editedAt[i] = Instant.now();
        sandbox.edit("contacts", id, Map.of("jobtitle", title));
        send(i, id, title, editedAt[i]).thenAccept(status -> {
          if (status == 200) {
            accepted.incrementAndGet();
          }
          done.countDown();
        });
      }, 0, TimeUnit.SECONDS.toNanos(1) / eventsPerSecond, TimeUnit.NANOSECONDS);
      done.await(seconds + grace.toSeconds(), TimeUnit.SECONDS);
    } finally {
      ticker.shutdownNow();
    }
    int sent = Math.min(next.get(), events);
    List<Long> latencies = awaitWrites(ids, editedAt, sent, Instant.now().plus(grace));
    double cpu = revbridge.cpu().minus(cpuBefore).toNanos() / 1e9;
    double elapsed = Duration.between(begin, Instant.now()).toNanos() / 1e9;
    return new SteadyResult(eventsPerSecond, sent, accepted.get(), latencies.size(), Percentiles.of(latencies),
        elapsed, cpu, sent == 0 ? 0 : cpu / sent * 1000);
  }

  /**
   * A title of the other kind than the one the contact was scored with, so contact quality moves between
   * 25 and 5 points and the written reasons must change.
   */
  static String flippedTitle(Map<String, String> contact) {
    String reasons = contact.getOrDefault("revbridge_score_reasons", "");
    return reasons.contains("+25 decision maker") ? UNKNOWN_ROLE : DECISION_MAKER;
  }

  private CompletableFuture<Integer> send(int eventId, String id, String title, Instant at) {
    String body = "[{\"eventId\":" + (1_000_000 + eventId) + ",\"subscriptionId\":1,\"portalId\":1,\"appId\":1,"
        + "\"occurredAt\":" + at.toEpochMilli() + ",\"subscriptionType\":\"contact.propertyChange\","
        + "\"attemptNumber\":0,\"objectId\":" + id + ",\"propertyName\":\"jobtitle\",\"propertyValue\":\"" + title
        + "\",\"changeSource\":\"CRM_UI\"}]";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(revbridge.webhookUrl()))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    signer.headers(revbridge.webhookUrl(), body, System.currentTimeMillis()).forEach(request::header);
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode).exceptionally(e -> -1);
  }

  /** Edit → first API write of that contact at or after the edit, waiting up to the deadline for stragglers. */
  private List<Long> awaitWrites(String[] ids, Instant[] editedAt, int sent, Instant deadline) {
    while (true) {
      Map<String, List<Instant>> writes = new HashMap<>();
      for (SandboxWrite w : sandbox.writes()) {
        if (w.objectType().equals("contacts")) {
          writes.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(w.at());
        }
      }
      List<Long> latencies = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        Instant edit = editedAt[i];
        writes.getOrDefault(ids[i], List.of()).stream().filter(at -> !at.isBefore(edit)).min(Instant::compareTo)
            .ifPresent(at -> latencies.add(Duration.between(edit, at).toMillis()));
      }
      if (latencies.size() == sent || Instant.now().isAfter(deadline)) {
        return latencies;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
    }
  }
}
