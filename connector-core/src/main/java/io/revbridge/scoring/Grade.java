package io.revbridge.scoring;

/** How ready a lead is, from the total score; the bands are in {@link LeadScoringModel}. */
public enum Grade {
  HOT,
  WARM,
  COLD,
  UNQUALIFIED
}
