package io.revbridge.sync;

import io.revbridge.spi.TaskSpec;
import io.revbridge.store.OutboxDraft;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates the CRM tasks of due sequence steps: each goes into the outbox under its step's own key first, then the
 * step is marked done, so a crash, a retry or a second instance never creates a step's task twice. Call it every
 * few seconds.
 */
public final class SequenceRunner {
  private static final int BATCH = 500;

  private final Store store;
  private final Clock clock;

  public SequenceRunner(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** @return the steps whose task this call queued */
  public int runDue() {
    Instant now = clock.instant();
    int queued = 0;
    for (SequenceStepRow row : store.sequences().due(now, BATCH)) {
      TaskSpec task = Json.read(row.taskJson(), TaskSpec.class);
      if (store.outbox().enqueue(new OutboxDraft(task.idempotencyKey(), task.about().connection(), "tasks",
          task.about().id(), OutboxKind.CREATE_TASK, row.taskJson()))) {
        queued++; // false: queued before, by the batch that enrolled the lead or by another instance
      }
      store.sequences().done(row, now);
    }
    return queued;
  }
}
