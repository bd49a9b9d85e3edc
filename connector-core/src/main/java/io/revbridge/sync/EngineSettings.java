package io.revbridge.sync;

import java.time.Duration;

/**
 * Tunables of the engine.
 *
 * @param batchSize inbox entries processed per pipeline batch (also the outbox drain batch)
 * @param maxAttempts attempts per outbox write before it becomes a dead letter
 * @param retryBase first wait before retrying a failed write; doubles per attempt, capped at one hour
 * @param followUpDue how long after routing a follow-up task is due
 * @param deletionScanEvery least time between two reads of a CRM's list of deleted records (per object)
 * @param drainConcurrency write batches in flight at once while draining (each adapter still paces its calls)
 */
public record EngineSettings(int batchSize, int maxAttempts, Duration retryBase, Duration followUpDue,
    Duration deletionScanEvery, int drainConcurrency) {
  public static final int DEFAULT_BATCH_SIZE = 100;
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(30);
  public static final Duration DEFAULT_FOLLOW_UP_DUE = Duration.ofHours(4);
  public static final Duration DEFAULT_DELETION_SCAN_EVERY = Duration.ofMinutes(15);
  public static final int DEFAULT_DRAIN_CONCURRENCY = 4;
  private static final Duration MAX_RETRY_WAIT = Duration.ofHours(1);

  public EngineSettings {
    if (batchSize < 1 || batchSize > 1000) {
      throw new IllegalArgumentException("batchSize must be between 1 and 1000, was " + batchSize);
    }
    if (deletionScanEvery == null || deletionScanEvery.isNegative()) {
      throw new IllegalArgumentException("deletionScanEvery must be zero or positive, was " + deletionScanEvery);
    }
    if (drainConcurrency < 1 || drainConcurrency > 16) {
      throw new IllegalArgumentException("drainConcurrency must be between 1 and 16, was " + drainConcurrency);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings(DEFAULT_BATCH_SIZE, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BASE, DEFAULT_FOLLOW_UP_DUE,
        DEFAULT_DELETION_SCAN_EVERY, DEFAULT_DRAIN_CONCURRENCY);
  }

  /** The older shape, without the drain concurrency (default). */
  public EngineSettings(int batchSize, int maxAttempts, Duration retryBase, Duration followUpDue,
      Duration deletionScanEvery) {
    this(batchSize, maxAttempts, retryBase, followUpDue, deletionScanEvery, DEFAULT_DRAIN_CONCURRENCY);
  }

  /** The older shape, without the deletion scan interval (default). */
  public EngineSettings(int batchSize, int maxAttempts, Duration retryBase, Duration followUpDue) {
    this(batchSize, maxAttempts, retryBase, followUpDue, DEFAULT_DELETION_SCAN_EVERY);
  }

  public EngineSettings withBatchSize(int size) {
    return new EngineSettings(size, maxAttempts, retryBase, followUpDue, deletionScanEvery, drainConcurrency);
  }

  public EngineSettings withDeletionScanEvery(Duration every) {
    return new EngineSettings(batchSize, maxAttempts, retryBase, followUpDue, every, drainConcurrency);
  }

  public EngineSettings withDrainConcurrency(int concurrency) {
    return new EngineSettings(batchSize, maxAttempts, retryBase, followUpDue, deletionScanEvery, concurrency);
  }

  /** Wait before the attempt after {@code attemptsSoFar} failures: base × 2^(n-1), at most one hour. */
  public Duration retryWait(int attemptsSoFar) {
    Duration wait = retryBase.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
    return wait.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait;
  }
}
