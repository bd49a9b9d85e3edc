package io.revbridge.enrichment.title;

/** How senior a title is, from the top down; the order is the rank used to pick between rules. */
public enum Seniority {
  C_LEVEL(BuyingRole.DECISION_MAKER, 50),
  VP(BuyingRole.DECISION_MAKER, 40),
  DIRECTOR(BuyingRole.INFLUENCER, 30),
  MANAGER(BuyingRole.INFLUENCER, 20),
  INDIVIDUAL_CONTRIBUTOR(BuyingRole.USER, 10),
  UNKNOWN(BuyingRole.UNKNOWN, 0);

  private final BuyingRole role;
  private final int defaultPriority;

  Seniority(BuyingRole role, int defaultPriority) {
    this.role = role;
    this.defaultPriority = defaultPriority;
  }

  /** The role a title of this seniority has unless its rule says otherwise ("Head of" is a decision maker). */
  public BuyingRole role() {
    return role;
  }

  /** Priority of a rule that names this seniority and no priority of its own: the more senior word wins. */
  public int defaultPriority() {
    return defaultPriority;
  }
}
