package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.SandboxRecord;

/** The result of writing one record: the record as stored, or why it was refused. Exactly one is non-null. */
record ItemOutcome(SandboxRecord record, ItemError error) {
  static ItemOutcome ok(SandboxRecord record) {
    return new ItemOutcome(record, null);
  }

  static ItemOutcome failed(ItemError error) {
    return new ItemOutcome(null, error);
  }

  boolean ok() {
    return error == null;
  }
}
