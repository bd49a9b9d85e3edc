package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Store work of several stores in one transaction: all of it lands, or none of it. */
class OneTransactionStoreTest extends StoreContract {
  private static final RecordRef LEAD = new RecordRef("hs", "contacts", "101");

  @Test
  void everyStoresWorkLandsTogetherAndIsVisibleInsideBeforeTheCommit() {
    long seenInside = store.inOneTransaction("test", () -> {
      store.outbox().enqueue(OutboxStoreTest.write("w1"));
      store.audit().appendAll(List.of(new AuditEntry(LEAD, "score", "82", "{}", T0)));
      store.ledger().recordAll(Map.of(LEAD, Map.of("f", "v")), T0);
      return store.outbox().countByStatus().getOrDefault("PENDING", 0L);
    });

    assertThat(seenInside).isOne();
    assertThat(store.outbox().countByStatus()).containsEntry("PENDING", 1L);
    assertThat(store.audit().forRecord(LEAD)).hasSize(1);
  }

  @Test
  void aFailureLeavesNoneOfTheWorkBehind() {
    assertThatThrownBy(() -> store.inOneTransaction("test", () -> {
      store.outbox().enqueue(OutboxStoreTest.write("w1"));
      store.audit().appendAll(List.of(new AuditEntry(LEAD, "score", "82", "{}", T0)));
      throw new IllegalStateException("planning failed");
    })).hasMessage("planning failed");

    assertThat(store.outbox().countByStatus().getOrDefault("PENDING", 0L)).isZero();
    assertThat(store.audit().forRecord(LEAD)).isEmpty();
  }

  @Test
  void aNestedBlockJoinsTheOuterOne() {
    assertThatThrownBy(() -> store.inOneTransaction("outer", () -> {
      store.inOneTransaction("inner", () -> store.outbox().enqueue(OutboxStoreTest.write("w1")));
      throw new IllegalStateException("outer failed after the inner block");
    })).hasMessage("outer failed after the inner block");

    assertThat(store.outbox().countByStatus().getOrDefault("PENDING", 0L)).isZero();
  }
}
