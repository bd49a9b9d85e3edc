package io.revbridge.spi;

import java.util.List;

/**
 * Incremental, resumable reading of a CRM's sales activities (calls, emails, meetings, tasks), already in canonical
 * form: activities are facts Revbridge reads and never writes back, so they bypass the field mappings.
 * Thread-safe like the connection.
 */
public interface ActivityFeed {
  /** A CRM connection that reads no activities. */
  ActivityFeed NONE = new ActivityFeed() {
    @Override
    public List<String> objectTypes() {
      return List.of();
    }

    @Override
    public ActivityPage poll(String objectType, String cursor) {
      throw new IllegalArgumentException("this connection reads no activities");
    }
  };

  /** The CRM objects that hold activities, in the CRM's own names ({@code calls}, {@code Task}, ...). */
  List<String> objectTypes();

  /**
   * The next page of activities of {@code objectType} changed after {@code cursor}, oldest change first; an
   * activity changed again later comes again.
   *
   * @param cursor the previous page's {@code nextCursor}, or {@code null} to start from the beginning
   * @throws CrmException typed: retryable, rejected or connection failure
   * @throws IllegalArgumentException when {@code objectType} is not one of {@link #objectTypes()}
   */
  ActivityPage poll(String objectType, String cursor);
}
