package io.revbridge.store;

import io.revbridge.model.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The latest forecast of one deal, as roll-ups read it.
 *
 * @param stage the playbook stage name ({@code PROPOSAL}, {@code CLOSED_WON}), or null when unmapped
 * @param closeDate the predicted close date (the quarter it counts in)
 * @param risks what the forecast saw going wrong with the deal, worded for a manager; empty when none
 * @param createdAt when the CRM created the deal (mapped {@code signals.createdAt}), or null when not mapped
 */
public record ForecastRow(RecordRef ref, String ownerId, String stage, BigDecimal amount, int probability,
    BigDecimal expectedValue, LocalDate closeDate, String confidence, Instant forecastAt, List<String> risks,
    Instant createdAt) {
  /** A forecast without the deal's creation time. */
  public ForecastRow(RecordRef ref, String ownerId, String stage, BigDecimal amount, int probability,
      BigDecimal expectedValue, LocalDate closeDate, String confidence, Instant forecastAt, List<String> risks) {
    this(ref, ownerId, stage, amount, probability, expectedValue, closeDate, confidence, forecastAt, risks, null);
  }

  /** A forecast without risks. */
  public ForecastRow(RecordRef ref, String ownerId, String stage, BigDecimal amount, int probability,
      BigDecimal expectedValue, LocalDate closeDate, String confidence, Instant forecastAt) {
    this(ref, ownerId, stage, amount, probability, expectedValue, closeDate, confidence, forecastAt, List.of());
  }

  public ForecastRow {
    risks = risks == null ? List.of() : List.copyOf(risks);
    Objects.requireNonNull(ref, "ref");
    Columns.required(ref.connection(), "connection", Columns.CONNECTION);
    Columns.required(ref.objectType(), "objectType", Columns.OBJECT_TYPE);
    Columns.required(ref.id(), "record id", Columns.RECORD_ID);
    Columns.optional(ownerId, "owner id", Columns.RECORD_ID);
    Columns.optional(stage, "stage", 32);
    Objects.requireNonNull(closeDate, "closeDate");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(forecastAt, "forecastAt");
  }
}
