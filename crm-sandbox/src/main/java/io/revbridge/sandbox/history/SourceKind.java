package io.revbridge.sandbox.history;

/** Where a lead came from, with the value each CRM stores for it. */
public enum SourceKind {
  REFERRAL("REFERRALS", "Partner Referral"),
  ORGANIC("ORGANIC_SEARCH", "Web"),
  PAID("PAID_SEARCH", "Advertisement"),
  EVENT("OFFLINE", "Trade Show"),
  LIST("OTHER_CAMPAIGNS", "Purchased List");

  private final String hubSpot;
  private final String salesforce;

  SourceKind(String hubSpot, String salesforce) {
    this.hubSpot = hubSpot;
    this.salesforce = salesforce;
  }

  public String hubSpot() {
    return hubSpot;
  }

  public String salesforce() {
    return salesforce;
  }
}
