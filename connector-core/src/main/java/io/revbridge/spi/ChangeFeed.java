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
}
