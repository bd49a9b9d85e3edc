package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StateStoreTest extends StoreContract {

  @Test
  void aValueIsReadBackAndReplacedByTheNextPut() {
    assertThat(store.state().get("route.pointer")).isEmpty();

    store.state().put("route.pointer", "owner-3");
    store.state().put("route.pointer", "owner-4");

    assertThat(store.state().get("route.pointer")).contains("owner-4");
  }

  @Test
  void aCounterStartsAtOneAndCountsUp() {
    assertThat(store.state().increment("rr.inbound")).isEqualTo(1);
    assertThat(store.state().increment("rr.inbound")).isEqualTo(2);
    assertThat(store.state().increment("rr.other")).isEqualTo(1);
    assertThat(store.state().get("rr.inbound")).contains("2");
  }

  @Test
  void eightThreadsIncrementingAHundredTimesEachReachEightHundredWithoutRepeats() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<List<Long>>> workers = new ArrayList<>();
    try {
      for (int t = 0; t < 8; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          List<Long> seen = new ArrayList<>();
          for (int i = 0; i < 100; i++) {
            seen.add(store.state().increment("rr.shared"));
          }
          return seen;
        }));
      }
      start.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> worker : workers) {
        all.addAll(worker.get());
      }

      assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 800).boxed().toList());
      assertThat(store.state().get("rr.shared")).contains("800");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void incrementingAValueThatIsNotANumberNamesTheKeyAndValue() {
    store.state().put("route.pointer", "owner-3");

    assertThatThrownBy(() -> store.state().increment("route.pointer"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("route.pointer").hasMessageContaining("owner-3");
    assertThat(store.state().get("route.pointer")).contains("owner-3");
  }
}
