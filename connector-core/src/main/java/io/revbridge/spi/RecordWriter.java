package io.revbridge.spi;

import java.util.List;
import java.util.Set;

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
   * As {@link #createTasks(List)}, told which tasks may exist already: {@code mayExist} holds the idempotency keys
   * of tasks an earlier attempt sent without a clear answer. An adapter that must look a task up before creating it
   * (CRMs whose creates are not idempotent) need only look up those; the others were never sent. The default looks
   * up every task, as {@link #createTasks(List)} does.
   */
  default List<WriteResult> createTasks(List<TaskSpec> tasks, Set<String> mayExist) {
    return createTasks(tasks);
  }

  /**
   * The most writes one call of this CRM takes (HubSpot 100, Salesforce 200). The engine sends slices of this size
   * side by side; a longer list is still accepted and split by the adapter.
   */
  default int maxBatch() {
    return 100;
  }

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
