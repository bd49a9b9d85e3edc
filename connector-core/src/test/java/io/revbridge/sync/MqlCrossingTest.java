package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.AuditEntry;
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

class MqlCrossingTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;
  private SyncEngine engine;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> {});
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void contact(String id, Map<String, String> signals) {
    Map<String, String> p = new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "First" + id,
        "lastname", "Last" + id, "jobtitle", "Engineer", "associatedcompanyid", "c1", "hubspot_owner_id", "101"));
    p.putAll(signals);
    crm.put("contacts", id, p);
  }

  private List<AuditEntry> mqlEvents(String id) {
    return store.audit().forRecord(new RecordRef("main", "contacts", id)).stream()
        .filter(a -> a.stage().equals(MqlEvents.STAGE)).toList();
  }

  @Test
  void mqlScoreAndFlagAreWrittenBackAndCrossingTheThresholdIsRecordedOnce() {
    // target size 25 + target industry 20 + pricing 15 + demo request 25 = 85
    contact("p1", Map.of("hs_analytics_last_url", "https://www.revbridge.test/pricing", "demo_requested", "true"));
    // target size 25 + target industry 20 = 45
    contact("p2", Map.of());

    engine.syncOnce();

    assertThat(crm.get("contacts", "p1").field("revbridge_mql_score")).isEqualTo("85");
    assertThat(crm.get("contacts", "p1").field("revbridge_mql")).isEqualTo("true");
    assertThat(crm.get("contacts", "p2").field("revbridge_mql_score")).isEqualTo("45");
    assertThat(crm.get("contacts", "p2").field("revbridge_mql")).isEqualTo("false");
    assertThat(mqlEvents("p1")).singleElement()
        .satisfies(e -> assertThat(e.decision()).isEqualTo("crossed 85 >= 70"))
        .satisfies(e -> assertThat(e.detailJson()).contains("+25 requested a demo"));
    assertThat(mqlEvents("p2")).isEmpty();
  }

  @Test
  void aPersonStillQualifiedAfterAnEditDoesNotCrossAgainButOneWhoRisesDoes() {
    contact("p1", Map.of("hs_analytics_last_url", "https://www.revbridge.test/pricing", "demo_requested", "true"));
    contact("p2", Map.of());
    engine.syncOnce();

    Map<String, String> p1 = new HashMap<>(crm.get("contacts", "p1").fields());
    p1.put("webinar_attended", "true");
    crm.put("contacts", "p1", p1);
    Map<String, String> p2 = new HashMap<>(crm.get("contacts", "p2").fields());
    p2.put("trial_signup", "true");
    crm.put("contacts", "p2", p2);
    engine.syncOnce();

    assertThat(mqlEvents("p1")).hasSize(1);
    assertThat(mqlEvents("p2")).as("45 + trial 30 = 75").singleElement()
        .satisfies(e -> assertThat(e.decision()).isEqualTo("crossed 75 >= 70"));
    assertThat(crm.get("contacts", "p2").field("revbridge_mql")).isEqualTo("true");
  }
}
