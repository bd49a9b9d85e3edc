package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.ForecastRow;
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

class DealPipelineTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));

  @TempDir Path tmp;
  private Store store;
  private FakeCrm crm;
  private SyncEngine engine;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
    crm = new FakeCrm("main");
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("deals"), crm)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> {});
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void deal(String id, String stage, String amount) {
    crm.put("deals", id, Map.of("dealname", "Deal " + id, "dealstage", stage, "amount", amount,
        "hubspot_owner_id", "101", "closedate", "2030-06-30"));
  }

  @Test
  void dealsGetTheirForecastWrittenBackAuditedAndKeptForRollUps() {
    deal("d1", "presentationscheduled", "48000");
    deal("d2", "closedwon", "1000");

    engine.syncOnce();

    Map<String, String> d1 = crm.get("deals", "d1").fields();
    ForecastRow row = store.forecasts().all().stream().filter(r -> r.ref().id().equals("d1")).findFirst().orElseThrow();
    assertThat(d1.get("revbridge_win_probability")).isEqualTo(Integer.toString(row.probability()));
    assertThat(d1.get("revbridge_forecast_reasons")).startsWith("Win probability " + row.probability() + "% (")
        .contains("\n+50 stage Proposal ('presentationscheduled')");
    assertThat(row.stage()).isEqualTo("PROPOSAL");
    assertThat(row.amount()).isEqualByComparingTo("48000");
    assertThat(crm.get("deals", "d2").fields()).containsEntry("revbridge_win_probability", "100")
        .containsEntry("revbridge_expected_value", "1000");
    assertThat(store.audit().forRecord(new RecordRef("main", "deals", "d2")))
        .anySatisfy(a -> assertThat(a.decision()).isEqualTo("100% HIGH"));
  }

  @Test
  void theDealsCrmCreationTimeIsKeptForPipelineGeneratedAndAProposalIsCountedWhenFirstSeen() {
    crm.put("deals", "d1", Map.of("dealname", "Deal d1", "dealstage", "presentationscheduled", "amount", "48000",
        "hubspot_owner_id", "101", "closedate", "2030-06-30", "createdate", "2026-01-14T08:00:00.000Z"));
    deal("d2", "appointmentscheduled", "1000");

    java.time.Instant before = java.time.Instant.now();
    engine.syncOnce();

    assertThat(store.forecasts().all()).extracting(r -> r.ref().id() + " " + r.createdAt())
        .containsExactlyInAnyOrder("d1 2026-01-14T08:00:00Z", "d2 null");
    assertThat(store.forecasts().createdPerOwner(java.time.Instant.parse("2026-01-01T00:00:00Z"),
        java.time.Instant.parse("2026-02-01T00:00:00Z"))).singleElement()
        .satisfies(o -> assertThat(o.amount()).isEqualByComparingTo("48000"));
    assertThat(store.forecasts().proposedPerOwner(before.minusSeconds(1), java.time.Instant.now().plusSeconds(1)))
        .as("d1 is at Proposal, d2 before it").singleElement().satisfies(o -> assertThat(o.deals()).isEqualTo(1));
  }

  @Test
  void reForecastingAnUnchangedDealWritesNothing() {
    deal("d1", "presentationscheduled", "48000");
    engine.syncOnce();
    int writes = crm.updateCalls.size();

    engine.syncOnce();

    assertThat(crm.updateCalls).hasSize(writes);
  }

  @Test
  void aChangedStageWritesTheNewProbability() {
    deal("d1", "presentationscheduled", "48000");
    engine.syncOnce();
    String before = crm.get("deals", "d1").field("revbridge_win_probability");
    Map<String, String> edited = new HashMap<>(crm.get("deals", "d1").fields());
    edited.put("dealstage", "closedlost");
    crm.put("deals", "d1", edited);

    engine.syncOnce();

    assertThat(before).isNotEqualTo("0");
    assertThat(crm.get("deals", "d1").field("revbridge_win_probability")).isEqualTo("0");
    assertThat(store.forecasts().all()).singleElement().satisfies(r -> assertThat(r.stage()).isEqualTo("CLOSED_LOST"));
  }

  @Test
  void aDryRunShowsTheForecastWriteAndChangesNothing() {
    deal("d1", "presentationscheduled", "48000");
    List<BatchPlan> plans = new java.util.ArrayList<>();

    engine.dryRun(plans::add);

    assertThat(plans).flatExtracting(BatchPlan::deadLetters).isEmpty();
    assertThat(plans).flatExtracting(BatchPlan::updates).singleElement()
        .satisfies(u -> assertThat(u.write().values()).containsKey("revbridge_win_probability"));
    assertThat(crm.updateCalls).isEmpty();
    assertThat(crm.get("deals", "d1").field("revbridge_win_probability")).isNull();
    assertThat(store.forecasts().all()).isEmpty();
  }
}
