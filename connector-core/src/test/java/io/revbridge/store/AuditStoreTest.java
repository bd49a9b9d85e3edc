package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import org.junit.jupiter.api.Test;

class AuditStoreTest extends StoreContract {
  static final RecordRef LEAD = new RecordRef("sf", "Lead", "00Q1");

  @Test
  void aRecordsTrailComesBackOldestFirstNewestLast() {
    store.audit().append(new AuditEntry(LEAD, "route", "owner 123", null, T0.plusSeconds(2)));
    store.audit().append(new AuditEntry(LEAD, "score", "82 HOT", "{\"points\":82}", T0.plusSeconds(1)));
    store.audit().append(new AuditEntry(LEAD, "action", "task created", null, T0.plusSeconds(2)));

    assertThat(store.audit().forRecord(LEAD))
        .containsExactly(
            new AuditEntry(LEAD, "score", "82 HOT", "{\"points\":82}", T0.plusSeconds(1)),
            new AuditEntry(LEAD, "route", "owner 123", null, T0.plusSeconds(2)),
            new AuditEntry(LEAD, "action", "task created", null, T0.plusSeconds(2)));
  }

  @Test
  void otherRecordsTrailsAreNotIncluded() {
    store.audit().append(new AuditEntry(LEAD, "score", "82 HOT", null, T0));
    store.audit().append(new AuditEntry(new RecordRef("sf", "Lead", "00Q2"), "score", "12 COLD", null, T0));
    store.audit().append(new AuditEntry(new RecordRef("sf", "Contact", "00Q1"), "score", "50 WARM", null, T0));

    assertThat(store.audit().forRecord(LEAD)).extracting(AuditEntry::decision).containsExactly("82 HOT");
    assertThat(store.audit().forRecord(new RecordRef("hs", "contacts", "1"))).isEmpty();
  }

  @Test
  void theLatestEntriesComeNewestFirstUpToTheLimit() {
    store.audit().append(new AuditEntry(LEAD, "score", "82 HOT", null, T0.plusSeconds(1)));
    store.audit().append(new AuditEntry(LEAD, "route", "owner 123", null, T0.plusSeconds(2)));
    store.audit().append(new AuditEntry(LEAD, "action", "task created", null, T0.plusSeconds(2)));
    store.audit().append(new AuditEntry(new RecordRef("sf", "Lead", "00Q2"), "score", "12 COLD", null, T0.plusSeconds(3)));

    assertThat(store.audit().latest(LEAD, 10)).extracting(AuditEntry::decision)
        .containsExactly("task created", "owner 123", "82 HOT");
    assertThat(store.audit().latest(LEAD, 2)).extracting(AuditEntry::decision)
        .containsExactly("task created", "owner 123");
  }

  @Test
  void recordsAreFoundByTheEmailOfTheirRecordEntriesLatestFirst() {
    RecordRef other = new RecordRef("hs", "contacts", "7");
    store.audit().append(new AuditEntry(LEAD, "record", "ada@example.com", "{}", T0));
    store.audit().append(new AuditEntry(other, "record", "ada@example.com", "{}", T0.plusSeconds(5)));
    store.audit().append(new AuditEntry(LEAD, "record", "ada@example.com", "{}", T0.plusSeconds(1)));
    store.audit().append(new AuditEntry(new RecordRef("sf", "Lead", "00Q2"), "record", "bob@example.com", "{}", T0));
    store.audit().append(new AuditEntry(new RecordRef("sf", "Lead", "00Q3"), "score", "ada@example.com", "{}", T0));

    // only 'record' entries carry an address: 00Q3's score line with the same text is not a match
    assertThat(store.audit().recordsWithEmail("ada@example.com", 10)).containsExactly(other, LEAD);
    assertThat(store.audit().recordsWithEmail("ada@example.com", 1)).containsExactly(other);
    assertThat(store.audit().recordsWithEmail("nobody@example.com", 10)).isEmpty();
  }

  @Test
  void recordsAuditedBeforeTheEmailGotItsOwnIndexAreFoundByEmailAfterIt() throws Exception {
    StoreSettings old = olderStore("20",
        "INSERT INTO audit (connection, object_type, record_id, stage, decision, recorded_at) VALUES"
            + " ('hs', 'contacts', '7', 'record', 'ada@example.com', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'),"
            + " ('hs', 'contacts', '8', 'score', 'ada@example.com', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'),"
            + " ('hs', 'contacts', '9', 'mql', 'crossed 70', TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')");

    try (Store migrated = Store.open(old, clock)) {
      assertThat(migrated.audit().recordsWithEmail("ada@example.com", 10))
          .containsExactly(new RecordRef("hs", "contacts", "7"));
      assertThat(migrated.audit().stageAfter("mql", "crossed", 0, 10)).extracting(n -> n.entry().ref().id())
          .containsExactly("9");
      migrated.audit().append(new AuditEntry(LEAD, "record", "ada@example.com", "{}", T0));
      assertThat(migrated.audit().recordsWithEmail("ada@example.com", 10))
          .containsExactly(LEAD, new RecordRef("hs", "contacts", "7"));
    }
  }
}
