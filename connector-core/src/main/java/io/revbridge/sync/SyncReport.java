package io.revbridge.sync;

/**
 * What one sync pass did, summed over connections. Counts are of effects that landed in the CRM, except
 * {@code planned*}, which a dry run reports instead.
 */
public record SyncReport(
    int read,
    int scored,
    int ownersAssigned,
    int tasksCreated,
    int recordsWritten,
    int deadLetters,
    int retriesPending,
    int plannedWrites,
    int plannedTasks) {

  public static final SyncReport EMPTY = new SyncReport(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public SyncReport plus(SyncReport o) {
    return new SyncReport(
        read + o.read,
        scored + o.scored,
        ownersAssigned + o.ownersAssigned,
        tasksCreated + o.tasksCreated,
        recordsWritten + o.recordsWritten,
        deadLetters + o.deadLetters,
        retriesPending + o.retriesPending,
        plannedWrites + o.plannedWrites,
        plannedTasks + o.plannedTasks);
  }

  SyncReport withScored(int n) {
    return new SyncReport(read, n, ownersAssigned, tasksCreated, recordsWritten, deadLetters, retriesPending,
        plannedWrites, plannedTasks);
  }

  static SyncReport read(int n) {
    return new SyncReport(n, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
