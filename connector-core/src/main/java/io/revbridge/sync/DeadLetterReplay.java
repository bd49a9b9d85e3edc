package io.revbridge.sync;

import io.revbridge.store.DeadLetter;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.InboxDraft;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queues dead letters again once the admin fixed their cause. A failed write goes back to the outbox as
 * the same write (same idempotency key, attempts counted from zero); a record that failed an earlier
 * stage goes back to the inbox without its old payload, so the pipeline reads the record as the CRM holds
 * it now; a hand-off letter runs that contact's hand-off again. The next pass or tick handles them; a replayed letter
 * is marked, never deleted.
 */
public final class DeadLetterReplay {
  /** Replaying more than this at once is refused: the admin should narrow the filter or run it again. */
  public static final int AT_MOST = 10_000;

  /** The stage of writes; every other stage happened before the outbox. */
  static final String WRITE_STAGE = "write";
  /** The marketing → sales hand-off's stage ({@code io.revbridge.handoff.HandoffRunner#STAGE}). */
  static final String HANDOFF_STAGE = "handoff";

  private final Store store;
  private final Clock clock;

  public DeadLetterReplay(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Replays letters oldest first (whatever order they come in), so the inbox and outbox see them in the order they
   * first failed; one outcome per letter, in that order. {@code dlq replay} and the admin console both go through here.
   */
  public List<ReplayOutcome> replayAll(List<DeadLetter> letters) {
    List<DeadLetter> oldestFirst = letters.stream()
        .sorted(java.util.Comparator.comparing(DeadLetter::at).thenComparingLong(DeadLetter::id)).toList();
    return oldestFirst.stream().map(this::replay).toList();
  }

  public ReplayOutcome replay(DeadLetter letter) {
    Instant now = clock.instant();
    if (WRITE_STAGE.equals(letter.stage())) {
      if (letter.payload() == null || letter.recordId() == null) {
        return new ReplayOutcome(letter.id(), false, "kept: the letter holds no write to send again");
      }
      Optional<Long> row = store.outbox().requeueDead(letter.connection(), letter.objectType(), letter.recordId(),
          letter.payload());
      if (row.isEmpty()) {
        return new ReplayOutcome(letter.id(), false,
            "kept: its write is no longer dead in the outbox (replayed already, or sent since)");
      }
      store.deadLetters().markReplayed(letter.id(), now);
      return new ReplayOutcome(letter.id(), true, "write #" + row.get() + " to " + letter.objectType() + "/"
          + letter.recordId() + " queued in the outbox again");
    }
    if (HANDOFF_STAGE.equals(letter.stage())) {
      return replayHandoff(letter, now);
    }
    if (letter.recordId() == null) {
      return new ReplayOutcome(letter.id(), false,
          "kept: no record id (the failure came before the record was known); the next poll reads it again");
    }
    // A fresh event key: the original change is DONE in the inbox and its key would be ignored.
    String key = "replay:" + letter.id() + "@" + now.toEpochMilli();
    store.inbox().add(List.of(new InboxDraft(key, letter.connection(), letter.objectType(), letter.recordId(),
        "UPSERT", now, null)));
    store.deadLetters().markReplayed(letter.id(), now);
    return new ReplayOutcome(letter.id(), true, letter.objectType() + "/" + letter.recordId()
        + " queued in the inbox again (stage " + letter.stage() + "; the record is read afresh from the CRM)");
  }

  /**
   * A hand-off letter: the contact's hand-off runs again on the next hand-off pass, from the start when the
   * hand-over itself failed (the Salesforce record is found again by the link, its HubSpot id or its email, never
   * created twice), else from the step that failed (the owner's task, the feedback to HubSpot).
   */
  private ReplayOutcome replayHandoff(DeadLetter letter, Instant now) {
    Optional<HandoffLink> link = letter.recordId() == null ? Optional.empty()
        : store.handoffs().get(letter.connection(), letter.recordId());
    if (link.isEmpty()) {
      return new ReplayOutcome(letter.id(), false, "kept: " + letter.connection() + "/" + letter.recordId()
          + " has no hand-off (any more) to run again");
    }
    store.handoffs().save(link.get().replayed());
    store.deadLetters().markReplayed(letter.id(), now);
    return new ReplayOutcome(letter.id(), true, "the hand-off of " + letter.objectType() + "/" + letter.recordId()
        + " runs again on the next hand-off pass");
  }
}
