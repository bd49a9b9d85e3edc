package io.revbridge.model;

import java.time.Instant;

/**
 * A lead or contact in canonical form. Fields a CRM did not supply are {@code null}; the signals are
 * never null. {@code currentSolution} is the product the person's company uses today (a competitor, often).
 * {@code companyRef} points to the CRM company/account the person belongs to, if known.
 */
public record Person(
    RecordRef ref,
    Instant modifiedAt,
    PersonKind kind,
    String email,
    String firstName,
    String lastName,
    String title,
    String phone,
    String companyName,
    String website,
    String industry,
    Integer employees,
    String country,
    String state,
    String city,
    String lifecycleStage,
    String leadStatus,
    String source,
    String currentSolution,
    String ownerId,
    RecordRef companyRef,
    IntentSignals intent,
    TimingSignals timing) {

  public Person {
    intent = intent == null ? IntentSignals.NONE : intent;
    timing = timing == null ? TimingSignals.NONE : timing;
    kind = kind == null ? PersonKind.CONTACT : kind;
  }

  public boolean hasOwner() {
    return ownerId != null && !ownerId.isBlank();
  }
}
