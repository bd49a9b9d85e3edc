package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionStoreTest extends StoreContract {
  static final RecordRef CONTACT = new RecordRef("hs", "contacts", "101");

  @Test
  void aMarkedRecordIsDeletedAndOthersAreNot() {
    store.deletions().markDeleted(CONTACT, T0, "webhook");

    assertThat(store.deletions().isDeleted(CONTACT)).isTrue();
    assertThat(store.deletions().isDeleted(new RecordRef("hs", "companies", "101"))).isFalse();
    assertThat(store.deletions().isDeleted(new RecordRef("hs2", "contacts", "101"))).isFalse();
    assertThat(store.deletions().count()).isEqualTo(1);
  }

  @Test
  void aRestoreAfterTheDeletionLiftsTheMarkButAnOlderSightingDoesNot() {
    store.deletions().markDeleted(CONTACT, T0, "archived-list");

    assertThat(store.deletions().restore(CONTACT, T0.minusSeconds(1))).isFalse();
    assertThat(store.deletions().isDeleted(CONTACT)).isTrue();
    assertThat(store.deletions().restore(CONTACT, T0.plusSeconds(1))).isTrue();
    assertThat(store.deletions().isDeleted(CONTACT)).isFalse();
  }

  @Test
  void markingTwiceKeepsOneRow() {
    store.deletions().markDeleted(CONTACT, T0, "webhook");
    store.deletions().markDeleted(CONTACT, T0.plusSeconds(5), "archived-list");

    assertThat(store.deletions().count()).isEqualTo(1);
  }

  @Test
  void bulkLookupFindsTheDeletedAmongManyAcrossChunks() {
    List<RecordRef> refs = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      RecordRef ref = new RecordRef("hs", "contacts", "r" + i);
      refs.add(ref);
      if (i % 250 == 0) {
        store.deletions().markDeleted(ref, T0, "webhook");
      }
    }

    assertThat(store.deletions().deleted(refs)).extracting(RecordRef::id)
        .containsExactlyInAnyOrder("r0", "r250", "r500", "r750", "r1000");
  }
}
