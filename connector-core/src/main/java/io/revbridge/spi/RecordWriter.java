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

  /**
   * Creates records of one object type; each result's ref names the new record. Not idempotent in the CRM: the
   * caller looks for the record first (e.g. {@link RecordReader#find}) so a retry does not create it twice.
   *
   * @throws UnsupportedOperationException when the adapter cannot create records of that type
   */
  default List<WriteResult> create(String objectType, List<RecordCreate> records) {
    throw new UnsupportedOperationException("this CRM adapter cannot create " + objectType + " records");
  }
}
