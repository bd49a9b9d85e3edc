package io.revbridge.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal (HubSpot) or opportunity (Salesforce) in canonical form; unknown fields are {@code null}; {@code signals}
 * is never null.
 */
public record Deal(
    RecordRef ref,
    Instant modifiedAt,
    String name,
    BigDecimal amount,
    String stage,
    String pipeline,
    LocalDate closeDate,
    Double stageProbability,
    String ownerId,
    RecordRef companyRef,
    DealSignals signals) {

  public Deal {
    signals = signals == null ? DealSignals.NONE : signals;
  }
}
