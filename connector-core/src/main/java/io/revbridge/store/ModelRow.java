package io.revbridge.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A learned model as the store keeps it (table {@code predictive_models}). The JSON columns are opaque here: the
 * predictive package writes and reads them.
 *
 * @param id 0 for a model not stored yet
 * @param objectKind {@code leads} or {@code deals}
 * @param since the {@code --since} day the history started at; null for all of it
 * @param trainFrom first outcome trained on; {@code trainTo} the last
 * @param testFrom first held-out outcome; {@code testTo} the last
 */
public record ModelRow(
    long id,
    String connection,
    String objectKind,
    String algorithm,
    String paramsJson,
    String featuresJson,
    String metricsJson,
    LocalDate since,
    Instant trainFrom,
    Instant trainTo,
    Instant testFrom,
    Instant testTo,
    int trainRecords,
    int calibrationRecords,
    int testRecords,
    Instant createdAt,
    boolean active) {}
