package io.revbridge.spi;

import java.util.Set;

/** Incremental, resumable reading of what changed in the CRM. */
public interface ChangeFeed {
  /**
   * Returns the next page of changes of {@code objectType} after {@code cursor}, oldest first.
   *
   * @param cursor the previous page's {@code nextCursor}, or {@code null} to start from the beginning
   * @param fields the CRM fields the mappings need; only these are fetched
   * @throws io.revbridge.spi.CrmException typed: retryable, rejected or connection failure
   */
  ChangePage poll(String objectType, String cursor, Set<String> fields);

  /**
   * Returns the next page of every record of {@code objectType} the CRM holds (archived ones left out), in no set
   * order, for a whole read such as the company list lead-to-account matching compares with. The cursor is good for
   * this listing only. By default the change feed from its start; a CRM whose plain listing costs less overrides it
   * (HubSpot's does not count against the search limit the change feed shares with the poll).
   *
   * @param cursor the previous page's {@code nextCursor}, or {@code null} for the first page
   * @param fields the CRM fields wanted; only these are fetched
   */
  default ChangePage list(String objectType, String cursor, Set<String> fields) {
    return poll(objectType, cursor, fields);
  }

  /**
   * Returns the next page of records of {@code objectType} that the CRM holds as deleted (archived, in
   * its recycle bin), as {@link ChangeKind#DELETE} changes whose {@code occurredAt} is the deletion time
   * and whose event key is the same on every scan. CRMs that cannot list them return an empty page.
   *
   * @param cursor the previous page's {@code nextCursor}, or {@code null} for the first page; a scan
   *     always covers the whole list (it cannot be filtered by time)
   */
  default ChangePage deletions(String objectType, String cursor) {
    return new ChangePage(java.util.List.of(), null, false);
  }
}
