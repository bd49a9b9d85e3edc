package io.revbridge.model;

import java.time.Instant;

/** A CRM user who can own records. Inactive owners are kept (history) but never chosen by routing. */
public record Owner(
    RecordRef ref,
    Instant modifiedAt,
    String email,
    String firstName,
    String lastName,
    boolean active) {

  public String id() {
    return ref.id();
  }

  public String displayName() {
    String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return full.isEmpty() ? (email == null ? ref.id() : email) : full;
  }
}
