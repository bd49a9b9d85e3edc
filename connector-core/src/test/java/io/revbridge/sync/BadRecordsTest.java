package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records with missing or absurd values never stop the rest of their batch. */
class BadRecordsTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "good", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    crm.put("companies", "absurd", Map.of("name", "Nowhere", "numberofemployees", "-50"));
    crm.put("companies", "garbled", Map.of("name", "Garbled", "numberofemployees", "twelve"));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void contact(String id, String company, Map<String, String> extra) {
    Map<String, String> p = new HashMap<>(Map.of("email", id + "@acme.test", "jobtitle", "Manager",
        "associatedcompanyid", company, "hubspot_owner_id", "101"));
    p.putAll(extra);
    crm.put("contacts", id, p);
  }

  @Test
  void missingHugeAndAbsurdValuesDoNotStopTheBatch() {
    for (int i = 1; i <= 10; i++) {
      contact("ok" + i, "good", Map.of());
    }
    contact("huge", "good", Map.of("jobtitle", "x".repeat(10 * 1024 * 1024)));
    contact("negative", "absurd", Map.of());
    contact("garbled", "garbled", Map.of());
    crm.put("contacts", "bare", Map.of());
    crm.put("contacts", "visits", Map.of("email", "v@acme.test", "hs_analytics_num_visits", "-3 visits"));

    SyncReport report = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> { }).syncOnce();

    for (int i = 1; i <= 10; i++) {
      assertThat(crm.get("contacts", "ok" + i).field("revbridge_score")).as("ok" + i).isNotBlank();
    }
    assertThat(store.deadLetters().list(10)).extracting(d -> d.objectType() + "/" + d.recordId() + " " + d.stage())
        .contains("companies/garbled map", "companies/absurd map", "contacts/visits map");
    assertThat(store.deadLetters().list(10)).filteredOn(d -> d.recordId().equals("garbled"))
        .singleElement().satisfies(d -> assertThat(d.message()).contains("numberofemployees", "twelve"));
    assertThat(store.deadLetters().list(10)).filteredOn(d -> d.recordId().equals("absurd"))
        .singleElement().satisfies(d -> assertThat(d.message()).contains("numberofemployees", "-50", "negative"));
    // A record without the company (it failed mapping), without any value, or with a huge text is still
    // scored from what it has; its score reasons stay within what the CRM keeps.
    assertThat(crm.get("contacts", "garbled").field("revbridge_score")).isNotBlank();
    assertThat(crm.get("contacts", "negative").field("revbridge_score")).isNotBlank();
    assertThat(crm.get("contacts", "bare").field("revbridge_score")).isNotBlank();
    assertThat(crm.get("contacts", "huge").field("revbridge_score_reasons")).hasSizeLessThan(65_537);
    assertThat(report.deadLetters()).isEqualTo(3);
  }
}
