package io.revbridge.sync;

import io.revbridge.spi.ChangePage;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a change feed's pages on its own thread and prepares each (reads what its batches will need) on a second
 * one, {@link #AHEAD} pages prepared ahead of the one being processed: the next page's search runs while this page is
 * prepared, rather than after it, so a feed whose searches are slow is read at the pace of its searches alone. Memory
 * holds four pages at most: the one taken, {@link #AHEAD} prepared, one searched. Nothing here moves a cursor; pages
 * read ahead and never taken (the pass stopped, its lease was lost) are dropped and read again by the next pass. The
 * feed and the preparation must be thread-safe (the SPI's are).
 */
final class PagePrefetch implements AutoCloseable {
  /**
   * Pages prepared ahead. With one, a page whose search or company read waits on the rate limiter leaves the sync
   * thread idle however quickly the page before was read; with two, the quick page makes up for it. (At 100,000
   * contacts the sync thread itself is the limit, and the gain was within the runs' spread: BENCHMARKS.md.)
   */
  static final int AHEAD = 2;
  /** How often a thread waiting to hand a page over looks whether the prefetch was closed. */
  private static final long HAND_OVER_MILLIS = 50;

  /** A page, the failure that ended the reading, or (neither) the end of the pages to take. */
  private record Read(ChangePage page, Throwable failure) {
    static final Read END = new Read(null, null);
  }

  private final Function<String, ChangePage> fetch;
  private final Consumer<ChangePage> prepare;
  private final Predicate<ChangePage> readOnAfter;
  // The reader hands a page over only when the preparer takes it, so it searches one page past those prepared.
  private final BlockingQueue<Read> searched = new SynchronousQueue<>();
  // The preparer holds one page while waiting to put it: AHEAD - 1 queued plus that one.
  private final BlockingQueue<Read> pages = new ArrayBlockingQueue<>(AHEAD - 1);
  private final Thread reader;
  private final Thread preparer;
  private String start;
  private volatile boolean closed;

  /**
   * @param fetch the page after a cursor (null for the start), from the CRM
   * @param prepare what to do with a page before it is taken (on another thread than {@code fetch}, in page order);
   *     what it throws is thrown where its page would have been taken
   * @param readOnAfter whether to read the page after this one; when false that page is the last one taken
   */
  PagePrefetch(String name, Function<String, ChangePage> fetch, Consumer<ChangePage> prepare,
      Predicate<ChangePage> readOnAfter) {
    this.fetch = fetch;
    this.prepare = prepare;
    this.readOnAfter = readOnAfter;
    this.reader = new Thread(this::read, "revbridge-read-" + name);
    reader.setDaemon(true);
    this.preparer = new Thread(this::prepareEach, "revbridge-prepare-" + name);
    preparer.setDaemon(true);
  }

  /** Starts reading at the page after {@code cursor} (null for the start of the feed); once. */
  void start(String cursor) {
    if (reader.getState() != Thread.State.NEW) {
      throw new IllegalStateException("the feed is already being read");
    }
    start = cursor;
    reader.start();
    preparer.start();
  }

  private void read() {
    String cursor = start;
    while (true) {
      ChangePage page;
      try {
        page = fetch.apply(cursor);
      } catch (RuntimeException | Error e) {
        hand(searched, new Read(null, e));
        return;
      }
      if (!hand(searched, new Read(page, null))) {
        return;
      }
      if (!page.hasMore() || !readOnAfter.test(page)) {
        hand(searched, Read.END);
        return;
      }
      cursor = page.nextCursor();
    }
  }

  private void prepareEach() {
    Read read;
    while ((read = receive(searched)) != null) {
      if (read.page() != null) {
        try {
          prepare.accept(read.page());
        } catch (RuntimeException | Error e) {
          hand(pages, new Read(null, e));
          return;
        }
      }
      if (!hand(pages, read) || read.page() == null) {
        return; // closed, the end, or the feed's failure
      }
    }
  }

  /** The next read from the queue, waiting for one until closed (then null). */
  private Read receive(BlockingQueue<Read> queue) {
    try {
      while (!closed) {
        Read read = queue.poll(HAND_OVER_MILLIS, TimeUnit.MILLISECONDS);
        if (read != null) {
          return read;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /**
   * Puts the read in the queue, waiting for room until closed (then false). Closing does not interrupt: a thread
   * interrupted inside a read of the H2 store makes Java close the file for every thread, and H2 the database.
   */
  private boolean hand(BlockingQueue<Read> queue, Read read) {
    try {
      while (!closed) {
        if (queue.offer(read, HAND_OVER_MILLIS, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
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

  /** Stops reading; pages read ahead are dropped. Returns at once. */
  @Override
  public void close() {
    closed = true; // each thread ends after the call it is in (a search, a company read), or at once if waiting
  }
}
