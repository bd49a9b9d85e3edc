package io.revbridge.model;

/**
 * What a person did that shows buying intent. Counts are never negative; absent data is zero or false,
 * so scoring never has to guess between "unknown" and "no".
 */
public record IntentSignals(
    int pageViews,
    int visits,
    boolean pricingPageVisited,
    int downloads,
    boolean webinarAttended,
    int emailEngagements,
    boolean demoRequested,
    boolean trialSignup) {

  public static final IntentSignals NONE = new IntentSignals(0, 0, false, 0, false, 0, false, false);

  public IntentSignals {
    if (pageViews < 0 || visits < 0 || downloads < 0 || emailEngagements < 0) {
      throw new IllegalArgumentException("intent counts must be >= 0");
    }
  }
}
