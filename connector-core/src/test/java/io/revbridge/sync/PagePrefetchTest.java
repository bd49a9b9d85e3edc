package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ConnectionCrmException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagePrefetchTest {
  private final List<String> fetched = new CopyOnWriteArrayList<>();

  /** Pages "1", "2", ... up to {@code last}, each naming the next as its cursor. */
  private Function<String, ChangePage> feed(int last) {
    return cursor -> {
      int n = cursor == null ? 1 : Integer.parseInt(cursor);
      fetched.add(String.valueOf(n));
      return new ChangePage(List.of(), String.valueOf(n + 1), n < last);
    };
  }

  @Test
  void preparesTwoPagesAheadOfTheOneTakenAndSearchesOneMoreAndNoFurther() {
    List<String> prepared = new CopyOnWriteArrayList<>();
    try (PagePrefetch pages = new PagePrefetch("t", feed(10), page -> prepared.add(page.nextCursor()),
        page -> true)) {
      pages.start(null);
      await().until(() -> fetched.size() == PagePrefetch.AHEAD + 1 && prepared.size() == PagePrefetch.AHEAD);
      assertThat(prepared).containsExactly("2", "3");
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      await().until(() -> fetched.size() == PagePrefetch.AHEAD + 2);
      assertThat(pages.take().nextCursor()).isEqualTo("3");
      assertThat(pages.take().nextCursor()).isEqualTo("4");
      await().until(() -> fetched.size() == 3 + PagePrefetch.AHEAD + 1 && prepared.size() == 3 + PagePrefetch.AHEAD);
      assertThat(fetched).containsExactly("1", "2", "3", "4", "5", "6");
      assertThat(prepared).as("pages 1 to 5").containsExactly("2", "3", "4", "5", "6");
    }
  }

  @Test
  void theNextPageIsSearchedWhileThisOneIsPreparedAndAPageIsTakenOnlyOncePrepared() throws Exception {
    CountDownLatch preparingFirst = new CountDownLatch(1);
    CountDownLatch secondSearched = new CountDownLatch(1);
    Set<String> preparedPages = ConcurrentHashMap.newKeySet();
    AtomicBoolean searchedDuringPreparation = new AtomicBoolean();
    Function<String, ChangePage> feed = feed(3);
    try (PagePrefetch pages = new PagePrefetch("t", cursor -> {
      ChangePage page = feed.apply(cursor);
      if ("2".equals(cursor)) {
        secondSearched.countDown();
      }
      return page;
    }, page -> {
      if ("2".equals(page.nextCursor())) {
        preparingFirst.countDown();
        // one thread doing both would search the second page only after this returns
        searchedDuringPreparation.set(awaitQuietly(secondSearched));
      }
      preparedPages.add(page.nextCursor());
    }, page -> true)) {
      pages.start(null);

      ChangePage first = pages.take();

      assertThat(preparingFirst.getCount()).isZero();
      assertThat(searchedDuringPreparation).as("the second page was searched while the first was prepared").isTrue();
      assertThat(preparedPages).as("prepared before it was taken").contains(first.nextCursor());
    }
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aPreparationsFailureIsThrownWhereItsPageWouldHaveBeenTaken() {
    IllegalStateException broken = new IllegalStateException("company read failed");
    try (PagePrefetch pages = new PagePrefetch("t", feed(5), page -> {
      if ("3".equals(page.nextCursor())) {
        throw broken;
      }
    }, page -> true)) {
      pages.start(null);
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      assertThatThrownBy(pages::take).isSameAs(broken);
    }
  }

  @Test
  void stopsAtTheFeedsEndAndAtThePageItIsToldToStopAfter() {
    try (PagePrefetch pages = new PagePrefetch("t", feed(2), page -> { }, page -> true)) {
      pages.start(null);
      assertThat(pages.take().hasMore()).isTrue();
      assertThat(pages.take().hasMore()).isFalse();
      assertThatThrownBy(pages::take).isInstanceOf(IllegalStateException.class).hasMessageContaining("no page after");
    }
    fetched.clear();
    try (PagePrefetch pages = new PagePrefetch("t", feed(10), page -> { },
        page -> !page.nextCursor().equals("3"))) {
      pages.start("1");
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      assertThat(pages.take().nextCursor()).isEqualTo("3");
      assertThatThrownBy(pages::take).isInstanceOf(IllegalStateException.class);
      assertThat(fetched).containsExactly("1", "2");
    }
  }

  @Test
  void theCrmsFailureIsThrownWhereItsPageWouldHaveBeenTaken() {
    ConnectionCrmException down = new ConnectionCrmException("unavailable", "search failed: 503", null);
    try (PagePrefetch pages = new PagePrefetch("t", cursor -> {
      if (cursor != null) {
        throw down;
      }
      return new ChangePage(List.of(), "2", true);
    }, page -> { }, page -> true)) {
      pages.start(null);
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      assertThatThrownBy(pages::take).isSameAs(down);
    }
  }
}
