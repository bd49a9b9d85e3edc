package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboxStoreTest extends StoreContract {

  static InboxDraft draft(String key, Instant occurredAt) {
    return new InboxDraft(key, "hs", "contacts", "id-" + key, "UPSERT", occurredAt, "{\"k\":\"" + key + "\"}");
  }

  @Test
  void addedDraftsArePendingWithAllTheirFields() {
    InboxDraft delete = new InboxDraft("e1", "sf", "Lead", "00Q1", "DELETE", T0.minusSeconds(60), null);

    assertThat(store.inbox().add(List.of(delete))).isEqualTo(1);

    InboxEntry entry = store.inbox().pending(10).get(0);
    assertThat(entry.id()).isPositive();
    assertThat(entry).extracting(InboxEntry::eventKey, InboxEntry::connection, InboxEntry::objectType,
            InboxEntry::recordId, InboxEntry::kind, InboxEntry::occurredAt, InboxEntry::payload,
            InboxEntry::status, InboxEntry::receivedAt, InboxEntry::lastError)
        .containsExactly("e1", "sf", "Lead", "00Q1", "DELETE", T0.minusSeconds(60), null,
            InboxEntry.PENDING, T0, null);
  }

  @Test
  void aKeySeenBeforeIsIgnoredAndNotCounted() {
    store.inbox().add(List.of(draft("a", T0), draft("b", T0)));

    int added = store.inbox().add(List.of(draft("b", T0.plusSeconds(5)), draft("c", T0), draft("c", T0)));

    assertThat(added).isEqualTo(1);
    assertThat(store.inbox().pending(10)).extracting(InboxEntry::eventKey).containsExactly("a", "b", "c");
    assertThat(store.inbox().pending(10).get(1).occurredAt()).isEqualTo(T0);
  }

  @Test
  void twoThreadsAddingTheSameKeysAtOnceStoreEachKeyExactlyOnce() throws Exception {
    List<InboxDraft> drafts = IntStream.range(0, 300)
        .mapToObj(i -> draft("k" + i, T0.plusSeconds(i)))
        .toList();
    List<InboxDraft> reversed = new ArrayList<>(drafts);
    Collections.reverse(reversed);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(() -> {
        start.await();
        return store.inbox().add(drafts);
      });
      Future<Integer> second = pool.submit(() -> {
        start.await();
        return store.inbox().add(reversed);
      });
      start.countDown();

      assertThat(first.get() + second.get()).isEqualTo(300);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rowsPerKey()).hasSize(300).allSatisfy(count -> assertThat(count).isEqualTo(1));
  }

  @Test
  void pendingIsOldestFirstThenInArrivalOrderAndRespectsTheLimit() {
    store.inbox().add(List.of(draft("late", T0.plusSeconds(30))));
    store.inbox().add(List.of(draft("early", T0)));
    store.inbox().add(List.of(draft("tie-z", T0.plusSeconds(10))));
    store.inbox().add(List.of(draft("tie-a", T0.plusSeconds(10))));

    assertThat(store.inbox().pending(10)).extracting(InboxEntry::eventKey)
        .containsExactly("early", "tie-z", "tie-a", "late");
    assertThat(store.inbox().pending(2)).extracting(InboxEntry::eventKey)
        .containsExactly("early", "tie-z");
  }

  @Test
  void doneAndFailedChangesLeaveThePendingList() {
    store.inbox().add(List.of(draft("a", T0), draft("b", T0.plusSeconds(1)), draft("c", T0.plusSeconds(2))));
    List<InboxEntry> pending = store.inbox().pending(10);

    store.inbox().markDone(List.of(pending.get(0).id(), 999_999L));
    store.inbox().markFailed(pending.get(1).id(), "mapping: no field email");

    assertThat(store.inbox().pending(10)).extracting(InboxEntry::eventKey).containsExactly("c");
    assertThat(store.inbox().countByStatus())
        .containsEntry("PENDING", 1L).containsEntry("DONE", 1L).containsEntry("FAILED", 1L);
  }

  @Test
  void aFailedChangeKeepsItsRowAndError() throws SQLException {
    store.inbox().add(List.of(draft("a", T0)));
    long id = store.inbox().pending(1).get(0).id();

    store.inbox().markFailed(id, "mapping: no field email");

    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT status, last_error FROM inbox WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("FAILED");
        assertThat(r.getString(2)).isEqualTo("mapping: no field email");
      }
    }
  }

  @Test
  void aDoneChangeDropsItsPayloadButKeepsItsKeySoAReplayIsStillIgnored() throws SQLException {
    store.inbox().add(List.of(draft("a", T0), draft("b", T0)));
    List<InboxEntry> pending = store.inbox().pending(10);

    store.inbox().markDone(List.of(pending.get(0).id()));
    store.inbox().markFailed(pending.get(1).id(), "mapping: no field email");

    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT event_key, payload FROM inbox ORDER BY event_key");
        ResultSet r = s.executeQuery()) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("a");
      assertThat(r.getString(2)).isNull();
      assertThat(r.next()).isTrue();
      assertThat(r.getString(2)).as("a failed change keeps what it failed on").isEqualTo("{\"k\":\"b\"}");
    }
    assertThat(store.inbox().add(List.of(draft("a", T0)))).isZero();
    assertThat(store.inbox().pending(10)).isEmpty();
  }

  @Test
  void countsEveryStatusEvenWhenEmpty() {
    assertThat(store.inbox().countByStatus())
        .containsExactly(entry("PENDING", 0L), entry("DONE", 0L), entry("FAILED", 0L));
  }

  @Test
  void markingAnUnknownChangeFailedIsAnError() {
    assertThatThrownBy(() -> store.inbox().markFailed(424242, "x"))
        .isInstanceOf(StoreException.class).hasMessageContaining("424242");
  }

  @Test
  void markDoneHandlesMoreIdsThanOneInList() {
    List<InboxDraft> drafts = IntStream.range(0, 1100).mapToObj(i -> draft("m" + i, T0)).toList();
    store.inbox().add(drafts);
    clock.advance(Duration.ofSeconds(1));

    store.inbox().markDone(store.inbox().pending(2000).stream().map(InboxEntry::id).toList());

    assertThat(store.inbox().countByStatus()).containsEntry("DONE", 1100L).containsEntry("PENDING", 0L);
  }

  @Test
  void largePayloadsRoundTrip() {
    String payload = "{\"notes\":\"" + "x".repeat(300_000) + "\"}";
    store.inbox().add(List.of(new InboxDraft("big", "hs", "contacts", "1", "UPSERT", T0, payload)));

    assertThat(store.inbox().pending(1).get(0).payload()).isEqualTo(payload);
  }

  @Test
  void anOverlongRecordIdIsRejectedWhenTheDraftIsBuilt() {
    assertThatThrownBy(() -> new InboxDraft("k", "hs", "contacts", "9".repeat(256), "UPSERT", T0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recordId is 256 characters long; the store keeps at most 255");
  }

  private List<Integer> rowsPerKey() throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT event_key, COUNT(*) FROM inbox GROUP BY event_key");
        ResultSet r = s.executeQuery()) {
      List<Integer> counts = new ArrayList<>();
      while (r.next()) {
        counts.add(r.getInt(2));
      }
      return counts;
    }
  }

  private static java.util.Map.Entry<String, Long> entry(String key, long value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void instancesClaimDisjointChangesAndTakeOverTheOnesWhoseLeaseRanOut() {
    store.inbox().add(IntStream.range(0, 5).mapToObj(i -> draft("e" + i, T0.plusSeconds(i))).toList());

    List<InboxEntry> a = store.inbox().claim("a", Duration.ofMinutes(1), 3);
    List<InboxEntry> b = store.inbox().claim("b", Duration.ofMinutes(1), 10);
    List<InboxEntry> bAgain = store.inbox().claim("b", Duration.ofMinutes(1), 10);
    clock.advance(Duration.ofSeconds(61));
    List<InboxEntry> afterExpiry = store.inbox().claim("b", Duration.ofMinutes(1), 10);

    assertThat(a).extracting(InboxEntry::eventKey).containsExactly("e0", "e1", "e2");
    assertThat(b).extracting(InboxEntry::eventKey).containsExactly("e3", "e4");
    assertThat(bAgain).as("its own leases").extracting(InboxEntry::eventKey).containsExactly("e3", "e4");
    assertThat(afterExpiry).extracting(InboxEntry::eventKey).containsExactly("e0", "e1", "e2", "e3", "e4");
  }

  @Test
  void noVersionOfARecordIsClaimedWhileAnotherInstanceWorksOnOneOfItsVersions() {
    store.inbox().add(List.of(
        new InboxDraft("r1@1", "hs", "contacts", "r1", "UPSERT", T0, null),
        new InboxDraft("r2@1", "hs", "contacts", "r2", "UPSERT", T0.plusSeconds(1), null),
        new InboxDraft("r1@2", "hs", "contacts", "r1", "UPSERT", T0.plusSeconds(2), null)));

    List<InboxEntry> a = store.inbox().claim("a", Duration.ofMinutes(1), 1);
    List<InboxEntry> b = store.inbox().claim("b", Duration.ofMinutes(1), 10);
    store.inbox().markDone(List.of(a.get(0).id()));
    List<InboxEntry> bAfterDone = store.inbox().claim("b", Duration.ofMinutes(1), 10);

    assertThat(a).extracting(InboxEntry::eventKey).containsExactly("r1@1");
    assertThat(b).as("r1's second version waits for a").extracting(InboxEntry::eventKey).containsExactly("r2@1");
    assertThat(bAfterDone).extracting(InboxEntry::eventKey).containsExactly("r2@1", "r1@2");
  }

  @Test
  void releasedLeasesAreClaimableAtOnceAndDoneChangesNever() {
    store.inbox().add(List.of(draft("e1", T0), draft("e2", T0.plusSeconds(1)), draft("e3", T0.plusSeconds(2))));
    List<InboxEntry> a = store.inbox().claim("a", Duration.ofMinutes(1), 10);
    store.inbox().markDone(List.of(a.get(0).id()));
    store.inbox().markFailed(a.get(2).id(), "bad payload");

    assertThat(store.inbox().releaseLeases("a")).as("done and failed changes hold no lease").isEqualTo(1);
    assertThat(store.inbox().claim("b", Duration.ofMinutes(1), 10)).extracting(InboxEntry::eventKey)
        .containsExactly("e2");
  }

  @Test
  void concurrentClaimersNeverGetTheSameChange() throws Exception {
    store.inbox().add(IntStream.range(0, 400).mapToObj(i -> draft("e" + i, T0.plusSeconds(i))).toList());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> claimers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String owner = "owner-" + t;
        claimers.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          List<InboxEntry> batch;
          while (!(batch = store.inbox().claim(owner, Duration.ofMinutes(1), 7)).isEmpty()) {
            List<Long> ids = batch.stream().map(InboxEntry::id).toList();
            mine.addAll(ids);
            store.inbox().markDone(ids);
          }
          return mine;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : claimers) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(400).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }
}
