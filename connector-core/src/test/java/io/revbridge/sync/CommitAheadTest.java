package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CommitAheadTest {
  static final RecordRef A = new RecordRef("hs", "contacts", "1");
  static final RecordRef B = new RecordRef("hs", "contacts", "2");

  static BatchPlan plan(long... inboxIds) {
    return new BatchPlan(List.of(), List.of(), List.of(), List.of(),
        java.util.Arrays.stream(inboxIds).boxed().toList(), List.of(), Map.of(), Instant.EPOCH, RoutingEffects.NONE,
        Map.of());
  }

  @Test
  void thePlanCommitsWhileTheNextIsPlannedAndWhatFollowsRunsOnTheCallersThreadAfterTheCommit() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> events = new CopyOnWriteArrayList<>();
    try (CommitAhead commits = new CommitAhead(plan -> {
      awaitQuietly(release);
      events.add("committed " + plan.handledInboxIds());
    })) {
      commits.submit(plan(7, 8), Set.of(A), () -> events.add("after " + Thread.currentThread().getName()));

      // the caller goes on while the commit waits: it sees what is committing
      events.add("planning the next batch");
      assertThat(commits.committingInboxIds()).containsExactly(7L, 8L);
      assertThat(commits.holdsAnyOf(List.of(B))).isFalse();
      assertThat(commits.holdsAnyOf(List.of(B, A))).isTrue();

      release.countDown();
      commits.await();
      assertThat(commits.committingInboxIds()).isEmpty();
      assertThat(commits.holdsAnyOf(List.of(A))).isFalse();
    }
    assertThat(events).containsExactly("planning the next batch", "committed [7, 8]",
        "after " + Thread.currentThread().getName());
  }

  @Test
  void plansCommitOneAfterTheOtherInTheOrderSubmitted() {
    List<List<Long>> committed = new CopyOnWriteArrayList<>();
    try (CommitAhead commits = new CommitAhead(plan -> committed.add(plan.handledInboxIds()))) {
      for (long id = 1; id <= 5; id++) {
        commits.submit(plan(id), Set.of(A), () -> { });
      }
    }
    assertThat(committed).containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(4L), List.of(5L));
  }

  @Test
  void aFailedCommitIsThrownToTheCallerAndWhatFollowsItNeverRuns() {
    List<String> after = new CopyOnWriteArrayList<>();
    CommitAhead commits = new CommitAhead(plan -> {
      throw new IllegalStateException("disk full");
    });
    commits.submit(plan(1), Set.of(A), () -> after.add("counted"));

    assertThatThrownBy(commits::close).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    assertThat(after).isEmpty();
    assertThat(commits.committingInboxIds()).isEmpty();
  }

  @Test
  void anInterruptDoesNotCutTheWaitForACommitShort() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> events = new CopyOnWriteArrayList<>();
    Thread caller = new Thread(() -> {
      try (CommitAhead commits = new CommitAhead(plan -> {
        started.countDown();
        awaitQuietly(release);
        events.add("committed");
      })) {
        commits.submit(plan(1), Set.of(A), () -> events.add("after"));
      }
      events.add("closed, interrupted " + Thread.currentThread().isInterrupted());
    });
    caller.start();
    started.await();
    caller.interrupt();
    release.countDown();
    caller.join();

    assertThat(events).containsExactly("committed", "after", "closed, interrupted true");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
