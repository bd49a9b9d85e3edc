package io.revbridge.bench.e2e;

import java.util.Map;

/**
 * What one backfill achieved: every seeded contact read, scored and written back, from the first API call
 * to the last write landing in the sandbox.
 *
 * @param ratioToBound records per second divided by {@link RateLimitBound#recordsPerSecond()}
 * @param tooManyRequestsShare 429s served divided by all API calls
 * @param cpuSecondsPer1000 the connector's CPU time for the backfill, per 1,000 records
 * @param storeCpuSecondsPer1000 the same for the store's own processes (PostgreSQL); 0 for H2, whose work is
 *     counted in the connector's
 * @param sandboxCpuSecondsPer1000 the same for this benchmark's own process, which is the CRM sandbox answering the
 *     connector (on the same cores: what it takes is not the connector's to use)
 */
record BackfillResult(
    long contacts,
    long contactsWritten,
    long tasksCreated,
    long distinctCompanies,
    double seconds,
    double recordsPerSecond,
    RateLimitBound bound,
    double ratioToBound,
    long apiCalls,
    long tooManyRequests,
    double tooManyRequestsShare,
    Map<String, Long> callsByEndpoint,
    double cpuSeconds,
    double cpuSecondsPer1000,
    double storeCpuSeconds,
    double storeCpuSecondsPer1000,
    double sandboxCpuSeconds,
    double sandboxCpuSecondsPer1000) {

  boolean complete() {
    return contactsWritten == contacts;
  }
}
