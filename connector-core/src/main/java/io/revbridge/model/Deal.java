package io.revbridge.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal (HubSpot) or opportunity (Salesforce) in canonical form; unknown fields are {@code null}.
 * {@code companyRef} is the company/account it is for; {@code contactRef} its primary (or first) contact.
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
    RecordRef contactRef) {}
