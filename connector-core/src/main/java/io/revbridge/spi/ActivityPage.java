package io.revbridge.spi;

import io.revbridge.model.Activity;
import java.util.List;

/**
 * One page of an activity feed.
 *
 * @param nextCursor opaque to the core; persisted once the page's activities are stored
 * @param hasMore true when the feed has more activities right now (poll again at once)
 */
public record ActivityPage(List<Activity> activities, String nextCursor, boolean hasMore) {
  public ActivityPage {
    activities = List.copyOf(activities);
  }
}
