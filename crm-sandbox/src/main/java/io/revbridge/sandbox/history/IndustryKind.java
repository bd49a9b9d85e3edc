package io.revbridge.sandbox.history;

/**
 * How close a company's industry is to the product, with the value each CRM stores for it (HubSpot's enumeration,
 * Salesforce's picklist text).
 */
public enum IndustryKind {
  TARGET("COMPUTER_SOFTWARE", "Software"),
  ADJACENT("FINANCIAL_SERVICES", "Financial Services"),
  OTHER("CONSTRUCTION", "Construction");

  private final String hubSpot;
  private final String salesforce;

  IndustryKind(String hubSpot, String salesforce) {
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
