package io.revbridge.predictive;

import java.util.Locale;
import java.util.Optional;

/** What a model predicts: a lead's or contact's conversion, or a deal's win. */
public enum PredictedObject {
  LEADS("conversion"),
  DEALS("win");

  private final String outcome;

  PredictedObject(String outcome) {
    this.outcome = outcome;
  }

  /** The outcome in words: "conversion" or "win". */
  public String outcome() {
    return outcome;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PredictedObject> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "leads", "lead", "contacts", "persons" -> Optional.of(LEADS);
      case "deals", "deal", "opportunities" -> Optional.of(DEALS);
      default -> Optional.empty();
    };
  }
}
