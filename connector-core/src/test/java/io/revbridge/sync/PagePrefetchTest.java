package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ConnectionCrmException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
  void readsTwoPagesAheadOfTheOneTakenAndNoMore() {
    try (PagePrefetch pages = new PagePrefetch("t", feed(10), page -> true)) {
      pages.start(null);
      await().until(() -> fetched.size() == PagePrefetch.AHEAD);
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      await().until(() -> fetched.size() == PagePrefetch.AHEAD + 1);
      assertThat(pages.take().nextCursor()).isEqualTo("3");
      assertThat(pages.take().nextCursor()).isEqualTo("4");
      await().until(() -> fetched.size() == 3 + PagePrefetch.AHEAD);
      assertThat(fetched).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void stopsAtTheFeedsEndAndAtThePageItIsToldToStopAfter() {
    try (PagePrefetch pages = new PagePrefetch("t", feed(2), page -> true)) {
      pages.start(null);
      assertThat(pages.take().hasMore()).isTrue();
      assertThat(pages.take().hasMore()).isFalse();
      assertThatThrownBy(pages::take).isInstanceOf(IllegalStateException.class).hasMessageContaining("no page after");
    }
    fetched.clear();
    try (PagePrefetch pages = new PagePrefetch("t", feed(10), page -> !page.nextCursor().equals("3"))) {
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
    }, page -> true)) {
      pages.start(null);
      assertThat(pages.take().nextCursor()).isEqualTo("2");
      assertThatThrownBy(pages::take).isSameAs(down);
    }
  }
}
