package io.revbridge.bench.e2e;

/**
 * The steady state: CRM edits at a fixed rate, each announced by a signed webhook, and the time from the
 * edit to Revbridge's write landing in the sandbox.
 *
 * @param webhooksAccepted webhook POSTs answered 200
 * @param writesLanded edits whose re-scored write reached the sandbox before the grace period ended
 * @param latencyMillis edit → write, over the edits that landed
 * @param cpuSecondsPer1000 the connector's CPU time during the steady state, per 1,000 events
 */
record SteadyResult(
    int eventsPerSecond,
    int eventsSent,
    int webhooksAccepted,
    int writesLanded,
    Percentiles latencyMillis,
    double seconds,
    double cpuSeconds,
    double cpuSecondsPer1000) {}
