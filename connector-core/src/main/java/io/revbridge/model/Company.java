package io.revbridge.model;

import java.math.BigDecimal;
import java.time.Instant;

/** A company (HubSpot) or account (Salesforce) in canonical form; unknown fields are {@code null}. */
public record Company(
    RecordRef ref,
    Instant modifiedAt,
    String name,
    String domain,
    String industry,
    Integer employees,
    BigDecimal annualRevenue,
    String country,
    String state,
    String city,
    String type,
    String ownerId) {

  /** A negative head count is a data error in the CRM: refused, so the record is dead-lettered. */
  public Company {
    if (employees != null && employees < 0) {
      throw new IllegalArgumentException("employees cannot be negative, was " + employees);
    }
  }
}
