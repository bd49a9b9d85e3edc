package io.revbridge.sync;

import io.revbridge.spi.ChangePage;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a change feed's pages on its own thread, up to {@link #AHEAD} pages ahead of the one being processed, so
 * memory holds three pages at most. Nothing here moves a cursor; pages read ahead and never taken (the pass stopped,
 * its lease was lost) are dropped and read again by the next pass. The feed must be thread-safe (the SPI's are).
 */
final class PagePrefetch implements AutoCloseable {
  /**
   * Pages read ahead. With one, a page whose search or company read waits on the rate limiter leaves the sync thread
   * idle however quickly the page before was read; with two, the quick page makes up for it. (At 100,000 contacts
   * the sync thread itself is the limit, and the gain was within the runs' spread: BENCHMARKS.md.)
   */
  static final int AHEAD = 2;

  /** A page, the failure that ended the reading, or (neither) the end of the pages to take. */
  private record Read(ChangePage page, Throwable failure) {
    static final Read END = new Read(null, null);
  }

  private final Function<String, ChangePage> fetch;
  private final Predicate<ChangePage> readOnAfter;
  // The reader holds one page while waiting to put it: AHEAD - 1 queued plus that one.
  private final BlockingQueue<Read> pages = new ArrayBlockingQueue<>(AHEAD - 1);
  private final Thread reader;
  private String start;

  /**
   * @param fetch the page after a cursor (null for the start), from the CRM
   * @param readOnAfter whether to read the page after this one; when false that page is the last one taken
   */
  PagePrefetch(String name, Function<String, ChangePage> fetch, Predicate<ChangePage> readOnAfter) {
    this.fetch = fetch;
    this.readOnAfter = readOnAfter;
    this.reader = new Thread(this::read, "revbridge-read-" + name);
    reader.setDaemon(true);
  }

  /** Starts reading at the page after {@code cursor} (null for the start of the feed); once. */
  void start(String cursor) {
    if (reader.getState() != Thread.State.NEW) {
      throw new IllegalStateException("the feed is already being read");
    }
    start = cursor;
    reader.start();
  }

  private void read() {
    String cursor = start;
    try {
      while (true) {
        ChangePage page;
        try {
          page = fetch.apply(cursor);
        } catch (RuntimeException | Error e) {
          pages.put(new Read(null, e));
          return;
        }
        pages.put(new Read(page, null));
        if (!page.hasMore() || !readOnAfter.test(page)) {
          pages.put(Read.END);
          return;
        }
        cursor = page.nextCursor();
      }
    } catch (InterruptedException e) {
      // closed: the pages read ahead are dropped
    }
  }

  /**
   * The next page, waiting for it; the CRM's failure is rethrown as it was thrown.
   *
   * @throws IllegalStateException past the last page: the feed's end, or the page {@code readOnAfter} refused
   */
  ChangePage take() {
    if (reader.getState() == Thread.State.NEW) {
      throw new IllegalStateException("the feed is not being read");
    }
    Read read;
    try {
      read = pages.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the change feed", e);
    }
    if (read.failure() instanceof RuntimeException e) {
      throw e;
    }
    if (read.failure() instanceof Error e) {
      throw e;
    }
    if (read == Read.END) {
      pages.add(Read.END); // for any later take
      throw new IllegalStateException("the change feed has no page after the last one");
    }
    return read.page();
  }

  /** Stops reading; pages read ahead are dropped. */
  @Override
  public void close() {
    reader.interrupt();
  }
}
