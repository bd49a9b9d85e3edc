package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxStoreTest extends StoreContract {

  static OutboxDraft write(String key) {
    return new OutboxDraft(key, "hs", "contacts", "101", OutboxKind.FIELD_UPDATE, "{\"rb_score\":\"82\"}");
  }

  @Test
  void aNewWriteIsPendingAndDueAtOnce() {
    assertThat(store.outbox().enqueue(write("w1"))).isTrue();

    OutboxEntry entry = store.outbox().due(T0, 10).get(0);
    assertThat(entry).extracting(OutboxEntry::idempotencyKey, OutboxEntry::connection,
            OutboxEntry::objectType, OutboxEntry::recordId, OutboxEntry::kind, OutboxEntry::payload,
            OutboxEntry::status, OutboxEntry::attempts, OutboxEntry::nextAttemptAt,
            OutboxEntry::lastError, OutboxEntry::createdAt, OutboxEntry::updatedAt)
        .containsExactly("w1", "hs", "contacts", "101", OutboxKind.FIELD_UPDATE,
            "{\"rb_score\":\"82\"}", OutboxEntry.PENDING, 0, T0, null, T0, T0);
  }

  @Test
  void aSecondWriteWithTheSameKeyIsRefusedAndTheFirstIsKept() {
    store.outbox().enqueue(write("w1"));

    boolean again = store.outbox().enqueue(
        new OutboxDraft("w1", "sf", "Lead", "00Q9", OutboxKind.CREATE_TASK, "{}"));

    assertThat(again).isFalse();
    assertThat(store.outbox().byKey("w1")).get()
        .extracting(OutboxEntry::recordId, OutboxEntry::kind).containsExactly("101", OutboxKind.FIELD_UPDATE);
    assertThat(store.outbox().countByStatus()).containsEntry("PENDING", 1L);
  }

  @Test
  void aKeyStaysTakenAfterItsWriteIsDone() {
    store.outbox().enqueue(write("w1"));
    store.outbox().markDone(store.outbox().byKey("w1").orElseThrow().id());

    assertThat(store.outbox().enqueue(write("w1"))).isFalse();
    assertThat(store.outbox().byKey("w1")).get().extracting(OutboxEntry::status).isEqualTo("DONE");
  }

  @Test
  void dueListsOnlyPendingWritesWhoseTimeHasComeInTheOrderQueued() {
    store.outbox().enqueue(write("first"));
    store.outbox().enqueue(write("second"));
    store.outbox().enqueue(write("third"));
    long first = store.outbox().byKey("first").orElseThrow().id();
    long third = store.outbox().byKey("third").orElseThrow().id();

    store.outbox().markRetry(first, T0.plusSeconds(60), "429 rate limited");
    store.outbox().markDone(third);

    assertThat(store.outbox().due(T0, 10)).extracting(OutboxEntry::idempotencyKey).containsExactly("second");
    assertThat(store.outbox().due(T0.plusSeconds(59), 10)).extracting(OutboxEntry::idempotencyKey)
        .containsExactly("second");
    assertThat(store.outbox().due(T0.plusSeconds(60), 10)).extracting(OutboxEntry::idempotencyKey)
        .containsExactly("first", "second");
    assertThat(store.outbox().due(T0.plusSeconds(60), 1)).extracting(OutboxEntry::idempotencyKey)
        .containsExactly("first");
  }

  @Test
  void eachRetryCountsAnAttemptAndKeepsTheLastError() {
    store.outbox().enqueue(write("w1"));
    long id = store.outbox().byKey("w1").orElseThrow().id();
    clock.advance(Duration.ofSeconds(5));

    store.outbox().markRetry(id, T0.plusSeconds(30), "503 unavailable");
    store.outbox().markRetry(id, T0.plusSeconds(90), "429 rate limited");

    OutboxEntry entry = store.outbox().byKey("w1").orElseThrow();
    assertThat(entry.attempts()).isEqualTo(2);
    assertThat(entry.status()).isEqualTo("PENDING");
    assertThat(entry.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
    assertThat(entry.lastError()).isEqualTo("429 rate limited");
    assertThat(entry.createdAt()).isEqualTo(T0);
    assertThat(entry.updatedAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void aDeadWriteCountsItsLastAttemptAndIsNeverDueAgain() {
    store.outbox().enqueue(write("w1"));
    long id = store.outbox().byKey("w1").orElseThrow().id();
    store.outbox().markRetry(id, T0, "503 unavailable");

    store.outbox().markDead(id, "400 property rb_score does not exist");

    OutboxEntry entry = store.outbox().byKey("w1").orElseThrow();
    assertThat(entry.status()).isEqualTo("DEAD");
    assertThat(entry.attempts()).isEqualTo(2);
    assertThat(entry.lastError()).isEqualTo("400 property rb_score does not exist");
    assertThat(store.outbox().due(T0.plus(Duration.ofDays(365)), 10)).isEmpty();
  }

  @Test
  void aSkippedWriteKeepsItsReasonIsNeverDueAndIsNotAFailure() {
    store.outbox().enqueue(write("w1"));
    long id = store.outbox().byKey("w1").orElseThrow().id();

    store.outbox().markSkipped(id, "record deleted in the CRM");

    OutboxEntry entry = store.outbox().byKey("w1").orElseThrow();
    assertThat(entry.status()).isEqualTo("SKIPPED");
    assertThat(entry.attempts()).isZero();
    assertThat(entry.lastError()).isEqualTo("record deleted in the CRM");
    assertThat(store.outbox().due(T0.plus(Duration.ofDays(365)), 10)).isEmpty();
    assertThat(store.outbox().countByStatus()).containsEntry("SKIPPED", 1L).containsEntry("DEAD", 0L);
  }

  @Test
  void countsWritesByStatus() {
    for (String key : new String[] {"a", "b", "c", "d"}) {
      store.outbox().enqueue(write(key));
    }
    store.outbox().markDone(store.outbox().byKey("a").orElseThrow().id());
    store.outbox().markDone(store.outbox().byKey("b").orElseThrow().id());
    store.outbox().markDead(store.outbox().byKey("c").orElseThrow().id(), "400");

    assertThat(store.outbox().countByStatus())
        .containsEntry("PENDING", 1L).containsEntry("DONE", 2L).containsEntry("DEAD", 1L);
  }

  @Test
  void anUnknownKeyIsEmptyAndAnUnknownIdIsAnError() {
    assertThat(store.outbox().byKey("nope")).isEmpty();
    assertThatThrownBy(() -> store.outbox().markRetry(777, Instant.EPOCH, "x"))
        .isInstanceOf(StoreException.class).hasMessageContaining("777");
    assertThatThrownBy(() -> store.outbox().markDone(778))
        .isInstanceOf(StoreException.class).hasMessageContaining("778");
    assertThatThrownBy(() -> store.outbox().markDead(779, "x"))
        .isInstanceOf(StoreException.class).hasMessageContaining("779");
  }

  @Test
  void aDeadWriteIsQueuedAgainByItsRecordAndPayloadWithAttemptsFromZero() {
    store.outbox().enqueue(write("w1"));
    long id = store.outbox().due(T0, 10).get(0).id();
    store.outbox().markDead(id, "PERMANENT_ITEM INVALID_OPTION");
    clock.advance(Duration.ofMinutes(5));

    assertThat(store.outbox().requeueDead("hs", "contacts", "101", "{\"other\":1}")).isEmpty();
    assertThat(store.outbox().requeueDead("hs", "contacts", "101", "{\"rb_score\":\"82\"}")).contains(id);
    assertThat(store.outbox().requeueDead("hs", "contacts", "101", "{\"rb_score\":\"82\"}"))
        .as("only a dead write is queued again").isEmpty();
    assertThat(store.outbox().due(clock.instant(), 10)).singleElement()
        .extracting(OutboxEntry::status, OutboxEntry::attempts).containsExactly(OutboxEntry.PENDING, 0);
  }

  @Test
  void writesAreClaimedOncePerLeaseOnlyForTheGivenConnectionsAndSettlingEndsTheLease() {
    store.outbox().enqueue(write("w1"));
    store.outbox().enqueue(new OutboxDraft("w2", "hs", "contacts", "102", OutboxKind.FIELD_UPDATE, "{}"));
    store.outbox().enqueue(new OutboxDraft("w3", "sf", "Lead", "00Q1", OutboxKind.FIELD_UPDATE, "{}"));
    Duration lease = Duration.ofMinutes(1);

    List<OutboxEntry> a = store.outbox().claimDue("a", T0, lease, List.of("hs"), 1).entries();
    List<OutboxEntry> b = store.outbox().claimDue("b", T0, lease, List.of("hs", "sf"), 10).entries();
    store.outbox().markRetry(a.get(0).id(), T0, "PERMANENT_ITEM x");
    List<OutboxEntry> bAfterRetry = store.outbox().claimDue("b", T0, lease, List.of("hs"), 10).entries();

    assertThat(a).extracting(OutboxEntry::idempotencyKey).containsExactly("w1");
    assertThat(b).extracting(OutboxEntry::idempotencyKey).containsExactly("w2", "w3");
    assertThat(bAfterRetry).as("a's retry is claimable by anyone").extracting(OutboxEntry::idempotencyKey)
        .containsExactly("w1", "w2");
    assertThat(store.outbox().claimDue("c", T0.plusSeconds(61), lease, List.of("sf"), 10).entries())
        .as("b's lease ran out").extracting(OutboxEntry::idempotencyKey).containsExactly("w3");
  }

  @Test
  void noWriteOfARecordIsClaimedWhileAnotherInstanceHoldsOneOfItsWrites() {
    store.outbox().enqueue(write("v1"));
    store.outbox().enqueue(write("v2"));
    store.outbox().enqueue(new OutboxDraft("other", "hs", "contacts", "102", OutboxKind.FIELD_UPDATE, "{}"));
    Duration lease = Duration.ofMinutes(1);

    List<OutboxEntry> a = store.outbox().claimDue("a", T0, lease, List.of("hs"), 1).entries();
    List<OutboxEntry> b = store.outbox().claimDue("b", T0, lease, List.of("hs"), 10).entries();
    store.outbox().markDone(a.get(0).id());
    List<OutboxEntry> bAfterDone = store.outbox().claimDue("b", T0, lease, List.of("hs"), 10).entries();

    assertThat(a).extracting(OutboxEntry::idempotencyKey).containsExactly("v1");
    assertThat(b).as("v2 waits while a sends v1").extracting(OutboxEntry::idempotencyKey).containsExactly("other");
    assertThat(bAfterDone).extracting(OutboxEntry::idempotencyKey).containsExactly("v2", "other");
    assertThat(store.outbox().claimDue("c", T0.plusSeconds(61), lease, List.of("hs"), 10).entries())
        .as("b's leases ran out").extracting(OutboxEntry::idempotencyKey).containsExactly("v2", "other");
  }

  @Test
  void aWriteWhoseLastClaimDidNotSettleItIsInDoubtAndAHandedBackOneIsClaimableAtOnce() {
    store.outbox().enqueue(write("w1"));
    store.outbox().enqueue(write("w2"));
    Duration lease = Duration.ofMinutes(1);
    OutboxClaim first = store.outbox().claimDue("a", T0, lease, List.of("hs"), 10);
    store.outbox().markRetry(first.entries().get(1).id(), T0, "RETRYABLE 500");
    // "a" dies here: w1 stays leased, w2 was settled (retry) before.

    OutboxClaim second = store.outbox().claimDue("b", T0.plusSeconds(61), lease, List.of("hs"), 10);
    assertThat(store.outbox().releaseLeases("b")).isEqualTo(2);
    OutboxClaim third = store.outbox().claimDue("c", T0.plusSeconds(62), lease, List.of("hs"), 10);

    assertThat(first.inDoubt()).isEmpty();
    assertThat(second.inDoubt()).containsExactly(first.entries().get(0).id());
    assertThat(third.entries()).as("handed back: claimable before b's lease would have run out").hasSize(2);
    assertThat(third.inDoubt()).as("whether b's calls reached the CRM is not known").hasSize(2);
  }

  @Test
  void anUnsentWriteHandedBackIsClaimableAtOnceAndNotInDoubt() {
    store.outbox().enqueue(write("w1"));
    store.outbox().enqueue(new OutboxDraft("w2", "hs", "contacts", "102", OutboxKind.FIELD_UPDATE, "{}"));
    store.outbox().enqueue(new OutboxDraft("w3", "hs", "contacts", "103", OutboxKind.FIELD_UPDATE, "{}"));
    Duration lease = Duration.ofMinutes(1);
    List<Long> ids = store.outbox().claimDue("a", T0, lease, List.of("hs"), 10).entries().stream()
        .map(OutboxEntry::id).toList();

    assertThat(store.outbox().unclaim("b", ids.subList(0, 2))).as("not b's claim").isZero();
    assertThat(store.outbox().unclaim("a", ids.subList(0, 2))).isEqualTo(2);
    OutboxClaim second = store.outbox().claimDue("c", T0.plusSeconds(1), lease, List.of("hs"), 10);
    store.outbox().releaseLeases("a"); // a's drain ends: w3, which it kept, is in doubt

    assertThat(second.entries()).as("w1, w2 handed back unsent; w3 still a's").extracting(OutboxEntry::idempotencyKey)
        .containsExactly("w1", "w2");
    assertThat(second.inDoubt()).as("never sent, so never in doubt").isEmpty();
    assertThat(store.outbox().claimDue("d", T0.plusSeconds(2), lease, List.of("hs"), 10).inDoubt())
        .containsExactly(ids.get(2));
  }

  @Test
  void aRecordsWritesComeNewestFirstAndOtherRecordsStayOut() {
    store.outbox().enqueue(write("w1"));
    store.outbox().enqueue(write("w2"));
    store.outbox().enqueue(new OutboxDraft("w3", "hs", "contacts", "102", OutboxKind.FIELD_UPDATE, "{}"));

    assertThat(store.outbox().forRecord("hs", "contacts", "101", 10)).extracting(OutboxEntry::idempotencyKey)
        .containsExactly("w2", "w1");
    assertThat(store.outbox().forRecord("hs", "contacts", "101", 1)).extracting(OutboxEntry::idempotencyKey)
        .containsExactly("w2");
  }

  @Test
  void settledWritesAreCountedPerConnectionAndHourOnceEachFromTheGivenHour() {
    store.outbox().enqueue(write("old"));
    store.outbox().markDone(store.outbox().byKey("old").orElseThrow().id());
    clock.advance(Duration.ofHours(2));
    Instant since = clock.instant();
    store.outbox().enqueue(write("a"));
    store.outbox().enqueue(write("b"));
    store.outbox().enqueue(write("pending"));
    store.outbox().enqueue(new OutboxDraft("sf1", "sf", "Lead", "00Q1", OutboxKind.FIELD_UPDATE, "{}"));
    store.outbox().markDone(store.outbox().byKey("a").orElseThrow().id());
    store.outbox().markDone(store.outbox().byKey("sf1").orElseThrow().id());
    store.outbox().markDone(store.outbox().byKey("a").orElseThrow().id()); // again: counted once
    clock.advance(Duration.ofHours(1));
    store.outbox().markDone(store.outbox().byKey("b").orElseThrow().id());

    long hour = since.getEpochSecond() / 3600;
    assertThat(store.outbox().donePerHour(since))
        .containsOnlyKeys("hs", "sf")
        .containsEntry("hs", java.util.Map.of(hour, 1L, hour + 1, 1L))
        .containsEntry("sf", java.util.Map.of(hour, 1L));
  }
}
