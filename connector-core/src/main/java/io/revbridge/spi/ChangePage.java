package io.revbridge.spi;

import java.util.List;

/**
 * One page of a change feed.
 *
 * @param nextCursor opaque to the core; persisted once the page's changes are safely in the inbox, and
 *     passed back to the next poll. Never moves backwards.
 * @param hasMore true when the feed has more changes right now (poll again at once)
 * @param heldBack true when the feed has more changes but the adapter holds back reading them to spare the
 *     CRM's API allowance: a sync pass stops here and the next pass goes on from {@code nextCursor}, but a
 *     reader that needs the whole list (lead-to-account matching, a training set) reads on, since stopping
 *     would leave it with part of the list and nothing to say so. Never true together with {@code hasMore}.
 */
public record ChangePage(List<Change> changes, String nextCursor, boolean hasMore, boolean heldBack) {
  public ChangePage {
    changes = List.copyOf(changes);
    if (hasMore && heldBack) {
      throw new IllegalArgumentException("a page either has more to read now or holds it back, not both");
    }
  }

  /** A page whose feed holds nothing back. */
  public ChangePage(List<Change> changes, String nextCursor, boolean hasMore) {
    this(changes, nextCursor, hasMore, false);
  }

  /** Whether more changes follow this page, read now or held back. */
  public boolean continues() {
    return hasMore || heldBack;
  }
}
