package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
}
