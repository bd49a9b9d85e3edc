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

  /**
   * The records whose {@code field} equals one of {@code values}, compared as the CRM compares them (Salesforce:
   * ignoring case); the adapter splits long lists. Values that match nothing are left out.
   *
   * @throws UnsupportedOperationException when the adapter cannot look records up by a field
   */
  default List<CrmRecord> find(String objectType, String field, List<String> values, Set<String> fields) {
    throw new UnsupportedOperationException("this CRM adapter cannot look " + objectType + " up by " + field);
  }
}
