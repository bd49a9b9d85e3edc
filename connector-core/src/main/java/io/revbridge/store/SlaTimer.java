package io.revbridge.store;

import java.time.Instant;

/**
 * One SLA clock: a lead's owner must first touch it by {@code dueAt}.
 *
 * @param recordKey the lead's record key ({@code connection/type/id}); a second clock on the same lead (the hand-off's
 *     response and meaningful-contact clocks) adds {@code #} and its name, see {@link #key}
 * @param leadStatus the lead's status when the clock started; a different one later is the first touch
 */
public record SlaTimer(String recordKey, String ownerId, String team, String grade, String leadStatus,
    Instant startedAt, Instant remindAt, Instant dueAt) {
  public static final String OPEN = "OPEN";
  public static final String TOUCHED = "TOUCHED";
  public static final String STOPPED = "STOPPED";
  public static final String BREACHED = "BREACHED";
  /** The hand-off's clock to respond (change the lead's status). */
  public static final String HANDOFF_RESPOND = "handoff-respond";
  /** The hand-off's clock to make meaningful contact (an accepted status). */
  public static final String HANDOFF_CONTACT = "handoff-contact";

  /** The key of a named clock on a lead, beside routing's own first-touch clock on it. */
  public static String key(String recordKey, String clock) {
    return recordKey + "#" + clock;
  }

  /** The lead's record key, without the clock's name. */
  public String record() {
    int hash = recordKey.indexOf('#');
    return hash < 0 ? recordKey : recordKey.substring(0, hash);
  }

  /** The clock's name ({@link #HANDOFF_RESPOND}, ...); empty for routing's first-touch clock. */
  public java.util.Optional<String> clock() {
    int hash = recordKey.indexOf('#');
    return hash < 0 ? java.util.Optional.empty() : java.util.Optional.of(recordKey.substring(hash + 1));
  }
}
