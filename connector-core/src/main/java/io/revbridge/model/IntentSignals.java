package io.revbridge.model;

/**
 * What a person did that shows buying intent. Counts are never negative; absent data is zero or false,
 * so scoring never has to guess between "unknown" and "no".
 *
 * @param minutesOnSite total minutes on the website; no CRM has a standard field for it, so it is 0 unless an
 *     admin maps one (the MQL model scores it)
 */
public record IntentSignals(
    int pageViews,
    int visits,
    boolean pricingPageVisited,
    int downloads,
    boolean webinarAttended,
    int emailEngagements,
    boolean demoRequested,
    boolean trialSignup,
    int minutesOnSite) {

  public static final IntentSignals NONE = new IntentSignals(0, 0, false, 0, false, 0, false, false, 0);

  public IntentSignals {
    if (pageViews < 0 || visits < 0 || downloads < 0 || emailEngagements < 0 || minutesOnSite < 0) {
      throw new IllegalArgumentException("intent counts must be >= 0");
    }
  }

  /** Without time on site, which most CRMs do not record; kept so callers written before it need no change. */
  public IntentSignals(int pageViews, int visits, boolean pricingPageVisited, int downloads, boolean webinarAttended,
      int emailEngagements, boolean demoRequested, boolean trialSignup) {
    this(pageViews, visits, pricingPageVisited, downloads, webinarAttended, emailEngagements, demoRequested,
        trialSignup, 0);
  }
}
