package io.revbridge.spi;

import io.revbridge.model.Activity;
import java.util.List;

/**
 * One page of an activity feed.
 *
 * @param nextCursor opaque to the core; persisted once the page's activities are stored
 * @param hasMore true when the feed has more activities right now (poll again at once)
 * @param heldBack true when the feed has more but holds back reading them to spare the CRM's API allowance (as
 *     {@link ChangePage#heldBack()}): the sync stops here, a training set reads on. Never true with {@code hasMore}.
 */
public record ActivityPage(List<Activity> activities, String nextCursor, boolean hasMore, boolean heldBack) {
  public ActivityPage {
    activities = List.copyOf(activities);
    if (hasMore && heldBack) {
      throw new IllegalArgumentException("a page either has more to read now or holds it back, not both");
    }
  }

  /** A page whose feed holds nothing back. */
  public ActivityPage(List<Activity> activities, String nextCursor, boolean hasMore) {
    this(activities, nextCursor, hasMore, false);
  }

  /** Whether more activities follow this page, read now or held back. */
  public boolean continues() {
    return hasMore || heldBack;
  }
}
