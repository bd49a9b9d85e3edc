package io.revbridge.sandbox;

import java.time.Clock;

/**
 * How to start a {@link HubSpotSandbox}. Start from {@link #defaults()} and change what you need with the
 * {@code with*} methods; each rejects a bad value at once, naming the bound.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param contacts seeded contacts; companies and deals are about a fifth of that each
 * @param seed the same seed (and clock) gives the same dataset
 * @param accessToken the bearer token every {@code /crm} call must carry
 * @param burstPer10s accepted non-search calls per rolling 10 s (HubSpot Professional: 190); 0 = unlimited
 * @param searchPerSecond accepted search calls per rolling second (HubSpot: 5); 0 = unlimited
 * @param latencyMillis delay added to every API call, to make benchmarks feel the network
 * @param batchMax most inputs a batch call accepts (HubSpot: 100)
 * @param searchPageMax largest search {@code limit} (HubSpot: 200)
 * @param searchCap how far one search query can page, {@code after + limit} (HubSpot: 10,000)
 * @param archivedOwners extra owners served only with {@code archived=true} (deactivated users)
 * @param clock time source for modified dates and rate-limit windows; tests pass a controllable one
 */
public record SandboxOptions(
    int port,
    int contacts,
    long seed,
    String accessToken,
    int burstPer10s,
    int searchPerSecond,
    long latencyMillis,
    int batchMax,
    int searchPageMax,
    int searchCap,
    int archivedOwners,
    Clock clock) {

  public static final int DEFAULT_CONTACTS = 500;
  public static final long DEFAULT_SEED = 42;
  public static final String DEFAULT_ACCESS_TOKEN = "sandbox-token";
  public static final int DEFAULT_BURST_PER_10S = 190;
  public static final int DEFAULT_SEARCH_PER_SECOND = 5;
  public static final int MAX_CONTACTS = 2_000_000;

  public SandboxOptions {
    check(port >= 0 && port <= 65_535, "port must be 0..65535 (0 = any free port), was " + port);
    check(contacts >= 0 && contacts <= MAX_CONTACTS, "contacts must be 0.." + MAX_CONTACTS + ", was " + contacts);
    check(accessToken != null && !accessToken.isBlank(), "accessToken must not be blank");
    check(burstPer10s >= 0, "burstPer10s must be >= 0 (0 = unlimited), was " + burstPer10s);
    check(searchPerSecond >= 0, "searchPerSecond must be >= 0 (0 = unlimited), was " + searchPerSecond);
    check(latencyMillis >= 0, "latencyMillis must be >= 0, was " + latencyMillis);
    check(batchMax >= 1, "batchMax must be >= 1, was " + batchMax);
    check(searchPageMax >= 1, "searchPageMax must be >= 1, was " + searchPageMax);
    check(searchCap >= 1, "searchCap must be >= 1, was " + searchCap);
    check(archivedOwners >= 0 && archivedOwners <= 100, "archivedOwners must be 0..100, was " + archivedOwners);
    check(clock != null, "clock must not be null");
  }

  public static SandboxOptions defaults() {
    return new SandboxOptions(0, DEFAULT_CONTACTS, DEFAULT_SEED, DEFAULT_ACCESS_TOKEN, DEFAULT_BURST_PER_10S,
        DEFAULT_SEARCH_PER_SECOND, 0, 100, 200, 10_000, 0, Clock.systemUTC());
  }

  public SandboxOptions withPort(int v) {
    return new SandboxOptions(v, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withContacts(int v) {
    return new SandboxOptions(port, v, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withSeed(long v) {
    return new SandboxOptions(port, contacts, v, accessToken, burstPer10s, searchPerSecond, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withAccessToken(String v) {
    return new SandboxOptions(port, contacts, seed, v, burstPer10s, searchPerSecond, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withBurstPer10s(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, v, searchPerSecond, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withSearchPerSecond(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, v, latencyMillis, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withLatencyMillis(long v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, v, batchMax,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withBatchMax(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis, v,
        searchPageMax, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withSearchPageMax(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis,
        batchMax, v, searchCap, archivedOwners, clock);
  }

  public SandboxOptions withSearchCap(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis,
        batchMax, searchPageMax, v, archivedOwners, clock);
  }

  public SandboxOptions withArchivedOwners(int v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis,
        batchMax, searchPageMax, searchCap, v, clock);
  }

  public SandboxOptions withClock(Clock v) {
    return new SandboxOptions(port, contacts, seed, accessToken, burstPer10s, searchPerSecond, latencyMillis,
        batchMax, searchPageMax, searchCap, archivedOwners, v);
  }

  /** No rate limits at all: for tests that page a lot and are not about throttling. */
  public SandboxOptions unlimited() {
    return withBurstPer10s(0).withSearchPerSecond(0);
  }

  /** Keeps the access token out of logs and assertion messages. */
  @Override
  public String toString() {
    return "SandboxOptions[port=" + port + ", contacts=" + contacts + ", seed=" + seed + ", accessToken=****"
        + ", burstPer10s=" + burstPer10s + ", searchPerSecond=" + searchPerSecond + ", latencyMillis="
        + latencyMillis + ", batchMax=" + batchMax + ", searchPageMax=" + searchPageMax + ", searchCap="
        + searchCap + ", archivedOwners=" + archivedOwners + ", clock=" + clock + "]";
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
