package io.revbridge.store;

import java.time.Instant;

/** One stored evaluation report of a model (table {@code predictive_evaluations}). */
public record EvaluationRow(long id, long modelId, Instant evaluatedAt, int records, String reportJson) {}
