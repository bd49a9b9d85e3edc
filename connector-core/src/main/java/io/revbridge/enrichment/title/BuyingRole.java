package io.revbridge.enrichment.title;

/**
 * A person's part in a buying decision, as the title classifier settles it. Lead scoring's contact quality reads it
 * directly (scoring comes after enrichment and depends on it, never the other way).
 */
public enum BuyingRole {
  DECISION_MAKER,
  INFLUENCER,
  USER,
  UNKNOWN
}
