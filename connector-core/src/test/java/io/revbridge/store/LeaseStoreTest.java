package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeaseStoreTest extends StoreContract {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void aHeldLeaseIsRefusedToOthersRenewedByItsOwnerAndTakenOnceItRanOut() {
    assertThat(store.leases().tryAcquire("poll:main/contacts", "a", MINUTE)).isTrue();
    assertThat(store.leases().tryAcquire("poll:main/contacts", "b", MINUTE)).isFalse();
    clock.advance(Duration.ofSeconds(50));
    assertThat(store.leases().tryAcquire("poll:main/contacts", "a", MINUTE)).as("renewed").isTrue();
    clock.advance(Duration.ofSeconds(50));
    assertThat(store.leases().tryAcquire("poll:main/contacts", "b", MINUTE)).as("a renewed it").isFalse();
    clock.advance(Duration.ofSeconds(11));

    assertThat(store.leases().holder("poll:main/contacts")).as("ran out").isEmpty();
    assertThat(store.leases().tryAcquire("poll:main/contacts", "b", MINUTE)).isTrue();
    assertThat(store.leases().holder("poll:main/contacts")).contains("b");
  }

  @Test
  void aReleasedLeaseIsFreeAtOnceButOnlyItsOwnerCanReleaseIt() {
    store.leases().tryAcquire("k", "a", MINUTE);
    store.leases().release("k", "b");
    assertThat(store.leases().holder("k")).contains("a");

    store.leases().release("k", "a");

    assertThat(store.leases().tryAcquire("k", "b", MINUTE)).isTrue();
    assertThat(store.leases().releaseAll("b")).isEqualTo(1);
    assertThat(store.leases().holder("k")).isEmpty();
  }

  @Test
  void ofManyOwnersAskingAtOnceExactlyOneGetsTheLease() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> asks = IntStream.range(0, 8)
          .<Callable<Boolean>>mapToObj(i -> () -> store.leases().tryAcquire("k", "owner-" + i, MINUTE)).toList();
      long winners = 0;
      for (Future<Boolean> f : pool.invokeAll(asks)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
