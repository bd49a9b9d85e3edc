package io.revbridge.scoring;

/** What to offer a lead of a grade. */
public enum Content {
  DEMO,
  CASE_STUDY,
  PROPOSAL
}
