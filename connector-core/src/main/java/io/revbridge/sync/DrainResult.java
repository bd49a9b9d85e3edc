package io.revbridge.sync;

/** What one outbox drain did. */
record DrainResult(int recordsWritten, int ownersAssigned, int tasksCreated, int deadLetters, int retriesPending) {
  static final DrainResult NONE = new DrainResult(0, 0, 0, 0, 0);

  DrainResult plus(DrainResult o) {
    return new DrainResult(recordsWritten + o.recordsWritten, ownersAssigned + o.ownersAssigned,
        tasksCreated + o.tasksCreated, deadLetters + o.deadLetters, retriesPending + o.retriesPending);
  }

  SyncReport toReport() {
    return new SyncReport(0, 0, ownersAssigned, tasksCreated, recordsWritten, deadLetters, retriesPending, 0, 0);
  }
}
