package io.revbridge.spi;

import java.util.List;
import java.util.Set;

/** Batch reads of current records, e.g. for records named by webhooks or associated companies. */
public interface RecordReader {
  /**
   * Reads the records with the given ids; the adapter splits the list into the CRM's batch size.
   * Ids that do not exist are left out of the result (not an error).
   */
  List<CrmRecord> read(String objectType, List<String> ids, Set<String> fields);
}
