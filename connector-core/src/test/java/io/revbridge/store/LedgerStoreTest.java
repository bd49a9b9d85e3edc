package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LedgerStoreTest extends StoreContract {
  static final RecordRef CONTACT = new RecordRef("hs", "contacts", "101");

  @Test
  void aRecordNeverWrittenHasNoValues() {
    assertThat(store.ledger().lastWritten(CONTACT)).isEmpty();
  }

  @Test
  void recordingAgainReplacesChangedFieldsAndKeepsTheOthers() {
    store.ledger().record(CONTACT, Map.of("rb_score", "82", "rb_grade", "A"), T0);

    store.ledger().record(CONTACT, Map.of("rb_score", "64", "rb_reasons", ""), T0.plusSeconds(60));

    assertThat(store.ledger().lastWritten(CONTACT))
        .containsExactlyInAnyOrderEntriesOf(Map.of("rb_score", "64", "rb_grade", "A", "rb_reasons", ""));
  }

  @Test
  void valuesOfOtherRecordsDoNotMix() {
    store.ledger().record(CONTACT, Map.of("rb_score", "82"), T0);
    store.ledger().record(new RecordRef("hs", "companies", "101"), Map.of("rb_score", "10"), T0);
    store.ledger().record(new RecordRef("hs2", "contacts", "101"), Map.of("rb_score", "20"), T0);

    assertThat(store.ledger().lastWritten(CONTACT)).containsExactlyEntriesOf(Map.of("rb_score", "82"));
  }

  @Test
  void longTextUpTo64KbRoundTrips() {
    String reasons = "reason ".repeat(65_536 / 7) + "é✓";
    store.ledger().record(CONTACT, Map.of("rb_reasons", reasons), T0);

    assertThat(store.ledger().lastWritten(CONTACT)).containsEntry("rb_reasons", reasons);
  }

  @Test
  void bulkLookupAnswersEveryRefAcrossChunksAndObjectTypes() {
    List<RecordRef> refs = new ArrayList<>();
    Map<RecordRef, Map<String, String>> expected = new HashMap<>();
    for (int i = 0; i < 1_200; i++) {
      RecordRef ref = new RecordRef("hs", i % 3 == 0 ? "companies" : "contacts", "r" + i);
      refs.add(ref);
      if (i % 2 == 0) {
        Map<String, String> values = Map.of("rb_score", String.valueOf(i), "rb_grade", i % 4 == 0 ? "A" : "B");
        store.ledger().record(ref, values, T0);
        expected.put(ref, values);
      } else {
        expected.put(ref, Map.of());
      }
    }

    Map<RecordRef, Map<String, String>> found = store.ledger().lastWritten(refs);

    assertThat(found).hasSize(1_200);
    assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void aNullValueIsRejectedNamingTheField() {
    Map<String, String> values = new HashMap<>();
    values.put("rb_grade", null);

    assertThatThrownBy(() -> store.ledger().record(CONTACT, values, T0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rb_grade");
  }
  @Test
  void twoWritersOfDifferentFieldsOfOneRecordAtOnceKeepBoth() throws Exception {
    RecordRef fresh = new RecordRef("hs", "contacts", "202");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (String writer : List.of("plan", "settle")) {
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 40; i++) {
            store.ledger().record(fresh, Map.of(writer + i, "v" + i), T0);
            store.ledger().record(CONTACT, Map.of(writer + i, "v" + i), T0);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> w : writers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.ledger().lastWritten(fresh)).hasSize(80).containsEntry("plan39", "v39").containsEntry("settle0", "v0");
    assertThat(store.ledger().lastWritten(CONTACT)).hasSize(80);
  }

  @Test
  void valuesWrittenBeforeTheLedgerKeptOneRowPerRecordAreKept() throws Exception {
    StoreSettings old = olderStore("18",
        "INSERT INTO ledger (connection, object_type, record_id, field, field_value, written_at)"
            + " VALUES ('hs', 'contacts', '101', 'rb_score', '82', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'),"
            + " ('hs', 'contacts', '101', 'rb_reasons', '', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'),"
            + " ('hs', 'contacts', '101', 'revbridge:inputs', 'abc\"{}', TIMESTAMP WITH TIME ZONE '2026-03-01 11:00:00+00'),"
            + " ('hs', 'contacts', '102', 'rb_score', '10', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'),"
            + " ('hs2', 'contacts', '101', 'rb_score', '20', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')");

    try (Store migrated = Store.open(old, clock)) {
      assertThat(migrated.ledger().lastWritten(List.of(CONTACT, new RecordRef("hs", "contacts", "102"),
          new RecordRef("hs2", "contacts", "101"), new RecordRef("hs", "companies", "101")))).isEqualTo(Map.of(
              CONTACT, Map.of("rb_score", "82", "rb_reasons", "", "revbridge:inputs", "abc\"{}"),
              new RecordRef("hs", "contacts", "102"), Map.of("rb_score", "10"),
              new RecordRef("hs2", "contacts", "101"), Map.of("rb_score", "20"),
              new RecordRef("hs", "companies", "101"), Map.of()));
      migrated.ledger().record(CONTACT, Map.of("rb_score", "64"), T0);
      assertThat(migrated.ledger().lastWritten(CONTACT)).containsEntry("rb_score", "64").containsEntry("rb_reasons", "");
    }
  }
}
