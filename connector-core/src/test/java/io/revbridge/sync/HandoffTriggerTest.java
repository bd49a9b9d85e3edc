package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.handoff.HandoffPlaybook;
import io.revbridge.handoff.HandoffPlaybookLoader;
import io.revbridge.handoff.HandoffRunner;
import io.revbridge.handoff.HandoffSide;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-off triggers on its own threshold over the MQL score the sync engine computes, whatever lead-scoring's MQL
 * threshold (70 by default) is, and hands a contact over once.
 */
class HandoffTriggerTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final Path SHIPPED = Path.of("..", "mappings", "playbook");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path tmp;
  private Store store;
  private final FakeCrm hubspot = new FakeCrm("hs");
  private final FakeCrm salesforce = new FakeCrm("sf");

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")));
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private HandoffRunner runner(int threshold) throws IOException {
    Path playbook = Files.createDirectories(tmp.resolve("playbook-" + threshold));
    Files.writeString(playbook.resolve("handoff.yaml"), "threshold: " + threshold + "\n");
    HandoffPlaybook handoff = HandoffPlaybookLoader.load(PlaybookFiles.folder(playbook), Set.of("nurture"));
    return new HandoffRunner(store, handoff, RoutingPlaybookLoader.load(PlaybookFiles.folder(SHIPPED)), List.of(),
        new HandoffSide(hubspot, MAPPINGS.forObject("hubspot", "contacts").orElseThrow()),
        new HandoffSide(salesforce, MAPPINGS.forObject("salesforce", "Lead").orElseThrow()),
        new HandoffSide(salesforce, MAPPINGS.forObject("salesforce", "Contact").orElseThrow()),
        changes -> { }, Clock.systemUTC(), line -> { });
  }

  private static RecordRef contact(String id) {
    return new RecordRef("hs", "contacts", id);
  }

  @Test
  void aboveTheMqlThresholdAContactWaitsUntilItsScoreReachesTheHandoffThresholdThenIsHandedOverOnce()
      throws IOException {
    HandoffRunner runner = runner(85);

    runner.scored(Map.of(contact("1"), 75), T0); // an MQL for lead-scoring, not yet for sales
    assertThat(store.handoffs().get("hs", "1")).isEmpty();

    runner.scored(Map.of(contact("1"), 88), T0.plusSeconds(60)); // no new MQL crossing: it stayed above 70
    assertThat(store.handoffs().get("hs", "1")).get().satisfies(l -> {
      assertThat(l.status()).isEqualTo(HandoffLink.PENDING);
      assertThat(l.mqlScore()).isEqualTo(88);
      assertThat(l.crossedAt()).isEqualTo(T0.plusSeconds(60));
    });
    assertThat(store.audit().forRecord(contact("1"))).extracting(e -> e.decision())
        .containsExactly("queued: MQL score 88 >= 85");

    HandoffLink handed = store.handoffs().get("hs", "1").orElseThrow().handedOver("Lead", "00Q1", "created", "Open",
        "005A", T0.plusSeconds(90), Duration.ofHours(2), Duration.ofHours(24));
    store.handoffs().save(handed);
    runner.scored(Map.of(contact("1"), 95), T0.plusSeconds(120));
    assertThat(store.handoffs().get("hs", "1")).get().isEqualTo(handed);
  }

  @Test
  void belowTheMqlThresholdAContactIsHandedOverWithoutEverBecomingAnMql() throws IOException {
    HandoffRunner runner = runner(60);

    runner.scored(Map.of(contact("2"), 65, contact("3"), 59, new RecordRef("sf", "Lead", "00Q9"), 99), T0);

    assertThat(store.handoffs().withStatus(List.of(HandoffLink.PENDING), 10)).extracting(HandoffLink::hubspotId)
        .containsExactly("2");
    assertThat(store.audit().stageAfter("mql", "crossed", 0, 10)).isEmpty();
  }

  @Test
  void theEngineTellsTheHandoffEveryScoreItCommitsButNotWhatADryRunComputes() throws IOException {
    HandoffRunner runner = runner(30);
    hubspot.addOwner("101", true);
    hubspot.put("contacts", "hot", new HashMap<>(Map.of("email", "hot@acme.test", "firstname", "Hot",
        "lastname", "Lead", "jobtitle", "VP Sales", "demo_requested", "true", "trial_signup", "true",
        "hs_analytics_last_url", "https://www.example.com/pricing", "hubspot_owner_id", "101")));
    hubspot.put("contacts", "cold", new HashMap<>(Map.of("email", "cold@acme.test", "firstname", "Cold",
        "lastname", "Lead", "hubspot_owner_id", "101")));
    SyncEngine engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        List.of(new EngineConnection("hubspot", List.of("contacts"), hubspot)), EngineSettings.defaults(),
        Clock.systemUTC(), line -> { });
    engine.onMqlScores(runner::scored);

    engine.dryRun(plan -> { });
    assertThat(store.handoffs().since(Instant.EPOCH)).isEmpty();

    engine.syncOnce();

    Map<String, Integer> written = hubspot.records.get("contacts").values().stream().collect(Collectors.toMap(
        r -> r.ref().id(), r -> Integer.parseInt(r.field("revbridge_mql_score"))));
    assertThat(written.get("hot")).isGreaterThanOrEqualTo(30);
    assertThat(written.get("cold")).isLessThan(30);
    assertThat(store.handoffs().since(Instant.EPOCH)).extracting(HandoffLink::hubspotId)
        .containsExactlyInAnyOrderElementsOf(written.entrySet().stream().filter(e -> e.getValue() >= 30)
            .map(Map.Entry::getKey).toList());
  }
}
