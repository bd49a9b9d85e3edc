package io.revbridge.sync;

import io.revbridge.spi.ChangePage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the next page of a change feed while the current one is processed: at most one page ahead, so memory
 * holds two pages at most. Nothing here moves a cursor; a page fetched ahead and never taken (the pass stopped,
 * its lease was lost) is dropped and read again by the next pass. The feed must be thread-safe (the SPI's are).
 */
final class PagePrefetch implements AutoCloseable {
  private final Function<String, ChangePage> fetch;
  private final ExecutorService reader;
  private Future<ChangePage> ahead;

  /** @param fetch the page after a cursor (null for the start), from the CRM */
  PagePrefetch(String name, Function<String, ChangePage> fetch) {
    this.fetch = fetch;
    this.reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "revbridge-read-" + name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts reading the page after {@code cursor}; the previous one must have been taken. */
  void request(String cursor) {
    if (ahead != null) {
      throw new IllegalStateException("a page is already being read");
    }
    ahead = reader.submit(() -> fetch.apply(cursor));
  }

  /**
   * The page requested last, waiting for it; the CRM's failure is rethrown as it was thrown.
   *
   * @throws IllegalStateException when no page was requested
   */
  ChangePage take() {
    if (ahead == null) {
      throw new IllegalStateException("no page was requested");
    }
    Future<ChangePage> page = ahead;
    ahead = null;
    try {
      return page.get();
    } catch (InterruptedException e) {
      page.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the change feed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Drops a page still being read and ends the reading thread. */
  @Override
  public void close() {
    if (ahead != null) {
      ahead.cancel(true);
      ahead = null;
    }
    reader.shutdownNow();
  }
}
