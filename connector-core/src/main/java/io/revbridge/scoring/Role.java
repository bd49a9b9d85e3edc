package io.revbridge.scoring;

/** A contact's part in a buying decision, as far as the job title tells. */
public enum Role {
  DECISION_MAKER("a decision maker"),
  INFLUENCER("an influencer"),
  USER("a user"),
  UNKNOWN("not a recognised buying role");

  private final String phrase;

  Role(String phrase) {
    this.phrase = phrase;
  }

  /** For reasons: "VP Sales is {@code a decision maker}". */
  public String phrase() {
    return phrase;
  }
}
