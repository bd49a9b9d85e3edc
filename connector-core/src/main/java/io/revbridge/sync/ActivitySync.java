package io.revbridge.sync;

import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ActivityPage;
import io.revbridge.spi.CrmException;
import io.revbridge.store.SlaStore;
import io.revbridge.store.Store;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads each connection's sales activities incrementally (a cursor per activity object, under the same poll lease
 * as other objects), stores them, and applies what they mean: first touches stop SLA clocks, replies and meetings
 * stop sequences. Activities are stored before the cursor moves, and both effects are idempotent, so a crash only
 * reads a page again. A CRM that refuses one activity object (a missing scope) costs that object only, with a line
 * saying why; a long wait (a daily limit) is thrown, as for every object, so the connection pauses.
 */
final class ActivitySync {
  /** Cursors and poll leases of activity objects carry this prefix, apart from the synced objects. */
  static final String PREFIX = "activity:";
  /**
   * Pages read per activity object and pass: years of history in a first pass would hold up every other step, so
   * a backlog is read a slice per pass and the rest on the next ones.
   */
  static final int MAX_PAGES_PER_PASS = 25;

  private final Store store;
  private final RoutingPlaybook playbook;
  private final InstanceLease lease;
  private final Consumer<String> progress;
  private final Consumer<SlaStore.Response> firstTouches;

  /** @param firstTouches told of every SLA clock an activity gives its first touch (response-time metrics) */
  ActivitySync(Store store, RoutingPlaybook playbook, InstanceLease lease, Consumer<String> progress,
      Consumer<SlaStore.Response> firstTouches) {
    this.store = store;
    this.playbook = playbook;
    this.lease = lease;
    this.progress = progress;
    this.firstTouches = firstTouches;
  }

  /** What one pass read and set in motion. */
  record Result(int read, int touched, int stopped) {
    Result plus(Result o) {
      return new Result(read + o.read, touched + o.touched, stopped + o.stopped);
    }
  }

  /**
   * @param betweenPages runs after each page is stored: a first pass's backlog takes a while, and work that arrived
   *     meanwhile (webhooks) is served there instead of waiting for the pass to end
   */
  Result poll(ConnectionContext ctx, java.util.function.BooleanSupplier stopping, Runnable betweenPages) {
    ActivityFeed feed = ctx.connection().activities();
    Result total = new Result(0, 0, 0);
    for (String object : feed.objectTypes()) {
      if (stopping.getAsBoolean()) {
        break;
      }
      String key = SyncEngine.pollLease(ctx.name(), PREFIX + object);
      if (!store.leases().tryAcquire(key, lease.owner(), lease.duration())) {
        continue; // another instance reads them
      }
      try {
        total = total.plus(pollObject(ctx, feed, object, key, stopping, betweenPages));
      } catch (CrmException e) {
        if (SyncEngine.pauses(e)) {
          throw e;
        }
        progress.accept(ctx.name() + " " + object + ": activities not read this pass: " + e.getMessage());
      } finally {
        store.leases().release(key, lease.owner());
      }
    }
    return total;
  }

  private Result pollObject(ConnectionContext ctx, ActivityFeed feed, String object, String leaseKey,
      java.util.function.BooleanSupplier stopping, Runnable betweenPages) {
    Result result = new Result(0, 0, 0);
    String cursor = store.cursors().get(ctx.name(), PREFIX + object).orElse(null);
    ActivityPage page;
    int pages = 0;
    do {
      page = feed.poll(object, cursor);
      pages++;
      store.activities().save(page.activities());
      ActivityEffects.Effects effects = ActivityEffects.of(page.activities(), playbook.slaPolicy());
      List<SlaStore.Response> responded = store.slas().touch(effects.touches());
      responded.forEach(firstTouches);
      int touched = responded.size();
      int stopped = store.sequences().stop(effects.stops());
      if (!store.leases().tryAcquire(leaseKey, lease.owner(), lease.duration())) {
        break; // another instance took over: it moves the cursor from here on
      }
      store.cursors().put(ctx.name(), PREFIX + object, page.nextCursor());
      cursor = page.nextCursor();
      result = result.plus(new Result(page.activities().size(), touched, stopped));
      betweenPages.run();
    } while (page.hasMore() && pages < MAX_PAGES_PER_PASS && !stopping.getAsBoolean());
    if (result.read() > 0) {
      progress.accept(String.format("%s %s: %,d activities read, %,d first touches, %,d sequence steps stopped",
          ctx.name(), object, result.read(), result.touched(), result.stopped()));
    }
    return result;
  }
}
