package io.revbridge.app;

import io.revbridge.sync.SyncReport;

/** The one-line summaries the CLI prints last, so scripts can read them. */
final class Summary {
  private Summary() {}

  static String sync(SyncReport r) {
    String status = r.deadLetters() > 0 || r.retriesPending() > 0 ? "sync finished with problems" : "sync ok";
    return String.format("%s: %d read, %d scored, %d records written, %d owners assigned, %d tasks created,"
            + " %d dead letters, %d writes waiting to retry",
        status, r.read(), r.scored(), r.recordsWritten(), r.ownersAssigned(), r.tasksCreated(),
        r.deadLetters(), r.retriesPending());
  }

  /** The hand-off's part of the demo line: {@code , 12 handed over (10 created, 2 matched), 3 skipped}. */
  static String handoff(io.revbridge.handoff.HandoffRunner.Pass p) {
    return String.format(", %d handed over (%d created, %d matched), %d skipped", p.handedOver(), p.created(),
        p.matched(), p.skipped());
  }

  static String demo(SyncReport r) {
    return String.format("demo ok: %d read, %d scored, %d owners assigned, %d tasks created",
        r.read(), r.scored(), r.ownersAssigned(), r.tasksCreated());
  }
}
