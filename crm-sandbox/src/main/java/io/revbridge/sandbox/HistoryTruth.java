package io.revbridge.sandbox;

/**
 * How the outcomes of seeded history depend on the records: {@link #SIGNAL} through a fixed relationship plus noise
 * (see {@link io.revbridge.sandbox.history.HiddenTruth}), {@link #NOISE} not at all, so a model trained on it must
 * find nothing.
 */
public enum HistoryTruth {
  SIGNAL,
  NOISE
}
