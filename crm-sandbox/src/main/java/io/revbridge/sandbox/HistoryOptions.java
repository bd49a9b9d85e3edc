package io.revbridge.sandbox;

/**
 * What closed history to seed on top of a sandbox's open records: leads that converted or were disqualified and
 * deals that closed won or lost, spread over {@code days} before the sandbox clock so that a time split has an
 * older and a newer part. The same options and clock give the same records.
 *
 * @param leads closed leads (HubSpot contacts, Salesforce leads)
 * @param deals closed deals (HubSpot deals, Salesforce opportunities), each with a company of its own kind
 * @param truth whether outcomes follow the hidden relationship or are coin flips
 * @param seed random seed of the history, independent of the open records' seed
 * @param days how far back outcomes reach (at least 60)
 */
public record HistoryOptions(int leads, int deals, HistoryTruth truth, long seed, int days) {
  public static final int DEFAULT_DAYS = 720;
  public static final int MAX_RECORDS = 200_000;

  public HistoryOptions {
    if (leads < 0 || leads > MAX_RECORDS) {
      throw new IllegalArgumentException("leads must be 0.." + MAX_RECORDS + ", was " + leads);
    }
    if (deals < 0 || deals > MAX_RECORDS) {
      throw new IllegalArgumentException("deals must be 0.." + MAX_RECORDS + ", was " + deals);
    }
    if (truth == null) {
      throw new IllegalArgumentException("truth must not be null");
    }
    if (days < 60 || days > 3650) {
      throw new IllegalArgumentException("days must be 60..3650, was " + days);
    }
  }

  public static HistoryOptions of(int leads, int deals, HistoryTruth truth) {
    return new HistoryOptions(leads, deals, truth, 7, DEFAULT_DAYS);
  }

  public HistoryOptions withSeed(long v) {
    return new HistoryOptions(leads, deals, truth, v, days);
  }
}
