package io.revbridge.enrichment.derived;

/** Sales regions; {@code OTHER} covers the Middle East, Africa, Central Asia and unknown countries. */
public enum Region {
  NORTH_AMERICA,
  EUROPE,
  ASIA_PACIFIC,
  LATIN_AMERICA,
  OTHER
}
