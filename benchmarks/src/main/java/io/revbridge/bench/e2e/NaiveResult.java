package io.revbridge.bench.e2e;

/**
 * The naive baseline's backfill over its own (smaller, if so chosen) dataset.
 *
 * @param extrapolatedSecondsForN how long it would take over the full N at the rate it reached; equal to
 *     {@code seconds} when it ran over the full N
 * @param extrapolated true when {@code records} is less than the full N
 */
record NaiveResult(
    long records,
    double seconds,
    double recordsPerSecond,
    long apiCalls,
    long tooManyRequests,
    long fullN,
    double extrapolatedSecondsForN,
    boolean extrapolated) {}
