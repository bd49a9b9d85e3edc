package io.revbridge.spi;

import java.util.List;

/**
 * One page of a change feed.
 *
 * @param nextCursor opaque to the core; persisted once the page's changes are safely in the inbox, and
 *     passed back to the next poll. Never moves backwards.
 * @param hasMore true when the feed has more changes right now (poll again at once)
 */
public record ChangePage(List<Change> changes, String nextCursor, boolean hasMore) {
  public ChangePage {
    changes = List.copyOf(changes);
  }
}
