package io.revbridge.spi;

import java.util.List;

/**
 * Batched writes. Each method returns exactly one result per input, in any order, matched by
 * idempotency key. Per-item failures are results, not exceptions; an exception means the whole call
 * failed (typed as {@link CrmException}) and no item is known to have succeeded.
 */
public interface RecordWriter {
  /** Updates fields of existing records; the adapter splits the list into the CRM's batch size. */
  List<WriteResult> update(String objectType, List<FieldWrite> writes);

  /** Creates tasks, each associated with the record it is about and assigned to its owner. */
  List<WriteResult> createTasks(List<TaskSpec> tasks);
}
