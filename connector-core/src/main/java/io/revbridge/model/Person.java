package io.revbridge.model;

import java.time.Instant;

/**
 * A lead or contact in canonical form. Fields a CRM did not supply are {@code null}; the signals are
 * never null. {@code currentSolution} is the product the person's company uses today (a competitor, often).
 * {@code companyRef} points to the CRM company/account the person belongs to, if known. {@code emailOptOut} is true
 * when the person unsubscribed from email (HubSpot {@code hs_email_optout}, Salesforce {@code HasOptedOutOfEmail}),
 * null when the CRM does not say.
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
    TimingSignals timing,
    Boolean emailOptOut) {

  public Person {
    intent = intent == null ? IntentSignals.NONE : intent;
    timing = timing == null ? TimingSignals.NONE : timing;
    kind = kind == null ? PersonKind.CONTACT : kind;
  }

  /** A person whose CRM does not say whether they unsubscribed; kept for callers written before the field. */
  public Person(RecordRef ref, Instant modifiedAt, PersonKind kind, String email, String firstName, String lastName,
      String title, String phone, String companyName, String website, String industry, Integer employees,
      String country, String state, String city, String lifecycleStage, String leadStatus, String source,
      String currentSolution, String ownerId, RecordRef companyRef, IntentSignals intent, TimingSignals timing) {
    this(ref, modifiedAt, kind, email, firstName, lastName, title, phone, companyName, website, industry, employees,
        country, state, city, lifecycleStage, leadStatus, source, currentSolution, ownerId, companyRef, intent, timing,
        null);
  }

  /** Whether the person unsubscribed from email. */
  public boolean unsubscribed() {
    return Boolean.TRUE.equals(emailOptOut);
  }

  public boolean hasOwner() {
    return ownerId != null && !ownerId.isBlank();
  }
}
