package io.revbridge.handoff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, for one field of one linked pair, which CRM's value goes where. Pure and deterministic: the same inputs
 * always give the same decision, whichever instance or pass decides.
 *
 * <p>"Edited" means the value differs from the one Revbridge last synced for the pair (the ledger): a value
 * Revbridge wrote itself coming back is no edit, so nothing is synced back and no loop starts.
 */
public final class FieldSync {
  private FieldSync() {}

  /** Which way a value moves, and why; {@link Direction#NONE} when the two sides are left as they are. */
  public record Decision(Direction direction, String value, String why) {
    public boolean conflict() {
      return why.startsWith("conflict");
    }
  }

  public enum Direction { TO_SALESFORCE, TO_HUBSPOT, NONE }

  /**
   * @param synced the value last synced for this pair (null: never synced)
   * @param hubspotAt when the HubSpot record was last modified; {@code salesforceAt} likewise
   */
  public static Decision decide(SyncRule rule, String hubspot, String salesforce, String synced, Instant hubspotAt,
      Instant salesforceAt) {
    String hs = blankToNull(hubspot);
    String sf = blankToNull(salesforce);
    if (rule == SyncRule.NONE) {
      return none("not synced (rule none)");
    }
    if (Objects.equals(normal(hs), normal(sf))) {
      return none("in step");
    }
    return switch (rule) {
      case ALWAYS_HUBSPOT -> hs == null ? none("HubSpot is blank; a blank never clears Salesforce")
          : new Decision(Direction.TO_SALESFORCE, hs, "always-hubspot");
      case ALWAYS_SALESFORCE -> sf == null ? none("Salesforce is blank; a blank never clears HubSpot")
          : new Decision(Direction.TO_HUBSPOT, sf, "always-salesforce");
      case PREFER_SALESFORCE_UNLESS_BLANK -> sf != null ? new Decision(Direction.TO_HUBSPOT, sf,
          "prefer-salesforce-unless-blank: Salesforce has a value")
          : new Decision(Direction.TO_SALESFORCE, hs, "prefer-salesforce-unless-blank: Salesforce is blank");
      case TWO_WAY -> twoWay(hs, sf, blankToNull(synced), hubspotAt, salesforceAt);
      case NONE -> none("not synced (rule none)");
    };
  }

  private static Decision twoWay(String hs, String sf, String synced, Instant hubspotAt, Instant salesforceAt) {
    boolean hsEdited = !Objects.equals(normal(hs), normal(synced));
    boolean sfEdited = !Objects.equals(normal(sf), normal(synced));
    if (synced != null && hsEdited && !sfEdited) {
      return hs == null ? none("cleared in HubSpot; a blank never clears Salesforce")
          : new Decision(Direction.TO_SALESFORCE, hs, "two-way: edited in HubSpot");
    }
    if (synced != null && sfEdited && !hsEdited) {
      return sf == null ? none("cleared in Salesforce; a blank never clears HubSpot")
          : new Decision(Direction.TO_HUBSPOT, sf, "two-way: edited in Salesforce");
    }
    if (hs == null) {
      return new Decision(Direction.TO_HUBSPOT, sf, "two-way: only Salesforce has a value");
    }
    if (sf == null) {
      return new Decision(Direction.TO_SALESFORCE, hs, "two-way: only HubSpot has a value");
    }
    // Both edited (or never synced): the more recent edit wins; Salesforce on a tie, so every pass agrees.
    boolean hubspotNewer = hubspotAt != null && (salesforceAt == null || hubspotAt.isAfter(salesforceAt));
    String prefix = synced == null ? "conflict (first sync): " : "conflict (both edited): ";
    return hubspotNewer
        ? new Decision(Direction.TO_SALESFORCE, hs, prefix + "HubSpot's edit at " + hubspotAt + " is the more recent")
        : new Decision(Direction.TO_HUBSPOT, sf, prefix + "Salesforce's edit at " + salesforceAt
            + (Objects.equals(hubspotAt, salesforceAt) ? " ties; Salesforce wins ties" : " is the more recent"));
  }

  private static Decision none(String why) {
    return new Decision(Direction.NONE, null, why);
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v;
  }

  /** Values compare as the CRMs show them to a person: surrounding space and number formatting aside. */
  static String normal(String v) {
    if (v == null) {
      return null;
    }
    String s = v.strip();
    try {
      return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException text) {
      return s;
    }
  }

  public static Optional<String> text(Object canonical) {
    return Optional.ofNullable(canonical).map(String::valueOf).filter(s -> !s.isBlank());
  }
}
