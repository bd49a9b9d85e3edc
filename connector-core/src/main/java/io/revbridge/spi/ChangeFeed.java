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
