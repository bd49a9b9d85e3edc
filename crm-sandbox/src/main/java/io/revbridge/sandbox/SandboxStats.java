package io.revbridge.sandbox;

import java.util.Map;

/**
 * What clients did to the sandbox since start or the last reset, plus the bounds it enforces, so a test or
 * benchmark can assert that a client stayed inside HubSpot's limits. Endpoint keys are the normalised
 * method and path, e.g. {@code "POST /crm/v3/objects/contacts/search"} or
 * {@code "PATCH /crm/v3/objects/contacts/{id}"}.
 *
 * @param requests every {@code /crm} request received, by endpoint (including those answered 401 or 429)
 * @param largestBatch the largest {@code inputs[]} seen per batch endpoint, and the largest {@code limit}
 *     per search endpoint
 * @param tooManyRequests every 429 served: burst, search and injected
 * @param burstLimited 429s served because of the 10-second burst window
 * @param searchLimited 429s served because of the search per-second limit
 * @param faultsServed responses replaced by an injected fault
 */
public record SandboxStats(
    Map<String, Long> requests,
    Map<String, Integer> largestBatch,
    long totalRequests,
    long tooManyRequests,
    long burstLimited,
    long searchLimited,
    long faultsServed,
    int burstPer10s,
    int searchPerSecond,
    int batchMax,
    int searchPageMax,
    int searchCap) {

  public SandboxStats {
    requests = Map.copyOf(requests);
    largestBatch = Map.copyOf(largestBatch);
  }

  /** Requests received on one endpoint, 0 if none. */
  public long requests(String endpoint) {
    return requests.getOrDefault(endpoint, 0L);
  }

  /** Largest batch (or search page) seen on one endpoint, 0 if none. */
  public int largestBatch(String endpoint) {
    return largestBatch.getOrDefault(endpoint, 0);
  }
}
