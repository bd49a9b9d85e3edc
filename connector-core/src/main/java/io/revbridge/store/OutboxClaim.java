package io.revbridge.store;

import java.util.List;
import java.util.Set;

/**
 * The writes one claim took, and which of them are in doubt: a previous claim of theirs did not end with
 * the write settled (its instance died, stalled past the lease, or handed it back after a failure), so the
 * CRM may have received them already.
 *
 * @param inDoubt ids of {@code entries} to check in the CRM before sending again
 */
public record OutboxClaim(List<OutboxEntry> entries, Set<Long> inDoubt) {
  public static final OutboxClaim NONE = new OutboxClaim(List.of(), Set.of());

  public OutboxClaim {
    entries = List.copyOf(entries);
    inDoubt = Set.copyOf(inDoubt);
  }
}
