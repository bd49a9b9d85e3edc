package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FollowThroughLoopTest {
  @Test
  void stoppingLetsTheRoundInFlightFinishWithoutInterruptingIt() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    AtomicBoolean finished = new AtomicBoolean();
    List<String> said = new ArrayList<>();
    FollowThroughLoop loop = new FollowThroughLoop(() -> {
      entered.countDown();
      try {
        release.await();
        finished.set(true);
      } catch (InterruptedException e) {
        // what an interrupt inside a store call on H2 would do: close the file under every other thread
        interrupted.set(true);
      }
    }, Duration.ofMillis(10), said::add);
    entered.await();

    Thread closer = new Thread(loop::close);
    closer.start();
    // close() is waiting for the round (or, interrupting it, has already returned)
    await().atMost(Duration.ofSeconds(10))
        .until(() -> closer.getState() == Thread.State.TIMED_WAITING || !closer.isAlive());
    release.countDown();
    closer.join(Duration.ofSeconds(10).toMillis());

    assertThat(interrupted).as("the round was interrupted").isFalse();
    assertThat(finished).isTrue();
    assertThat(closer.isAlive()).isFalse();
    assertThat(said).isEmpty();
  }
}
