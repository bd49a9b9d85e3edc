package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffStoreTest extends StoreContract {
  @Test
  void aHandoffReadsBackAsSavedAndARepeatUpdatesTheSameRow() {
    HandoffLink crossed = HandoffLink.crossed("hs", "101", "sf", 85, T0);
    store.handoffs().save(crossed);
    HandoffLink handed = crossed.handedOver("Lead", "00Q000000000001AAA", "created", "Open - Not Contacted",
        "005000000000002AAA", T0.plusSeconds(60), java.time.Duration.ofHours(2), java.time.Duration.ofHours(24));

    store.handoffs().save(handed);

    assertThat(store.handoffs().since(Instant.EPOCH)).singleElement().satisfies(l -> {
      assertThat(l.salesforceId()).isEqualTo("00Q000000000001AAA");
      assertThat(l.status()).isEqualTo(HandoffLink.HANDED_OVER);
      assertThat(l.handedAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(l.initialStatus()).isEqualTo("Open - Not Contacted");
      assertThat(l.respondedAt()).isNull();
      assertThat(l.mqlScore()).isEqualTo(85);
      assertThat(l.respondDueAt()).isEqualTo(T0.plusSeconds(60).plus(java.time.Duration.ofHours(2)));
    });
  }

  @Test
  void withStatusListsOnlyThoseStatesOldestCrossingFirst() {
    store.handoffs().save(HandoffLink.crossed("hs", "2", "sf", 80, T0.plusSeconds(5)));
    store.handoffs().save(HandoffLink.crossed("hs", "1", "sf", 80, T0));
    store.handoffs().save(HandoffLink.crossed("hs", "3", "sf", 80, T0).withStatus(HandoffLink.SKIPPED, "free mail"));

    assertThat(store.handoffs().withStatus(List.of(HandoffLink.PENDING), 10)).extracting(HandoffLink::hubspotId)
        .containsExactly("1", "2");
    assertThat(store.handoffs().get("hs", "3")).get().extracting(HandoffLink::detail).isEqualTo("free mail");
  }

  @Test
  void observedTimesKeepTheirFirstSighting() {
    HandoffLink l = HandoffLink.crossed("hs", "1", "sf", 80, T0)
        .handedOver("Lead", "00Q000000000001AAA", "created", "Open", null, T0, java.time.Duration.ofHours(2),
            java.time.Duration.ofHours(24))
        .observed(HandoffLink.HANDED_OVER, "Working", null, T0.plusSeconds(10), null, null, null, null)
        .observed(HandoffLink.ACCEPTED, "Working", null, T0.plusSeconds(99), T0.plusSeconds(99), null, null, null);
    store.handoffs().save(l);

    HandoffLink read = store.handoffs().get("hs", "1").orElseThrow();
    assertThat(read.respondedAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(read.acceptedAt()).isEqualTo(T0.plusSeconds(99));
  }

  @Test
  void theAuditIsAFeedOfOneStageInAppendOrder() {
    var ref = new io.revbridge.model.RecordRef("hs", "contacts", "1");
    store.audit().append(new AuditEntry(ref, "mql", "crossed 80 >= 70", "{\"score\":80}", T0));
    store.audit().append(new AuditEntry(ref, "score", "80 HOT", null, T0));
    store.audit().append(new AuditEntry(ref, "mql", "crossed 90 >= 70", "{\"score\":90}", T0));

    List<AuditStore.Numbered> first = store.audit().stageAfter("mql", "crossed", 0, 1);
    List<AuditStore.Numbered> rest = store.audit().stageAfter("mql", "crossed", first.get(0).id(), 10);

    assertThat(first).singleElement().extracting(n -> n.entry().decision()).isEqualTo("crossed 80 >= 70");
    assertThat(rest).singleElement().extracting(n -> n.entry().decision()).isEqualTo("crossed 90 >= 70");
  }
}
