package io.revbridge.spi;

import java.util.List;
import java.util.Map;

/**
 * The stage changes of deals, read by id in batches: which stages each deal entered and when. An optional
 * capability (as {@link ActivityFeed}): a connection without it answers {@link #NONE}, and the core then knows a
 * deal's stage clock only from the deal itself. Reads only. Thread-safe like the connection.
 */
public interface StageHistory {
  /** A CRM connection that reads no stage history. */
  StageHistory NONE = new StageHistory() {
    @Override
    public List<String> objectTypes() {
      return List.of();
    }

    @Override
    public Map<String, List<StageChange>> read(String objectType, List<String> ids) {
      throw new IllegalArgumentException("this connection reads no stage history");
    }
  };

  /** The deal objects whose stage history can be read, in the CRM's own names ({@code deals}, {@code Opportunity}). */
  List<String> objectTypes();

  /**
   * The stage changes of each deal named, oldest first, by deal id; the adapter splits the list into the CRM's
   * batch size and counts every call like its other reads. Ids that do not exist, or whose history is empty, are
   * left out (not an error). The changes are as the CRM recorded them: also those after the deal closed, and a
   * stage entered twice comes twice.
   *
   * @throws CrmException typed: retryable, rejected (e.g. a missing permission on the history) or connection failure
   * @throws IllegalArgumentException when {@code objectType} is not one of {@link #objectTypes()}
   */
  Map<String, List<StageChange>> read(String objectType, List<String> ids);
}
