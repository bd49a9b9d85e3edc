package io.revbridge.enrichment.title;

/**
 * A person's part in a buying decision. Same constants as {@code io.revbridge.scoring.Role}, so the pipeline switches
 * the scorer over by name without enrichment depending on scoring (scoring comes after enrichment).
 */
public enum BuyingRole {
  DECISION_MAKER,
  INFLUENCER,
  USER,
  UNKNOWN
}
