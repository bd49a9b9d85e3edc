package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
import io.revbridge.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capacity counts a rep's routed leads that are still open: a lead that closes frees its rep at once. */
class OpenLeadCapacityTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final String INSIDE_SALES = "  - {name: inside-sales, reps: any-active-owner}";

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;
  FakeCrm crm;
  SyncEngine engine;

  @BeforeEach
  void setUp() throws Exception {
    Path folder = Folders.copy(Path.of("..", "mappings", "playbook"), tmp.resolve("playbook"));
    Path routing = folder.resolve("routing.yaml");
    Files.writeString(routing, Files.readString(routing).replace(INSIDE_SALES, "  - name: inside-sales\n    reps:\n"
        + "      - {email: 101@example.test, level: senior, capacity: 1}\n"
        + "      - {email: 102@example.test, level: senior, capacity: 1}"));
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.addOwner("102", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(),
        RoutingPlaybookLoader.load(PlaybookFiles.folder(folder)),
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void hotLead(String id) {
    crm.put("contacts", id, new HashMap<>(Map.of("email", id + "@acme.test", "firstname", "Jo", "lastname", id,
        "jobtitle", "VP Sales", "associatedcompanyid", "c1", "hs_lead_status", "NEW",
        "hs_analytics_last_url", "https://www.revbridge.test/pricing", "webinar_attended", "true",
        "active_project", "true")));
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(1));
  }

  private String owner(String id) {
    return crm.get("contacts", id).field("hubspot_owner_id");
  }

  @Test
  void aRepWhoseLeadWasDisqualifiedTakesTheNextLeadWhileAFullRepDoesNot() {
    hotLead("p1");
    hotLead("p2");
    assertThat(List.of(owner("p1"), owner("p2"))).containsExactlyInAnyOrder("101", "102");
    hotLead("p3");
    assertThat(owner("p3")).as("both reps hold one open lead: nobody is free").isNull();

    String freed = owner("p1");
    Map<String, String> disqualified = new HashMap<>(crm.get("contacts", "p1").fields());
    disqualified.put("hs_lead_status", "UNQUALIFIED");
    crm.put("contacts", "p1", disqualified);
    engine.syncOnce();
    clock.advance(Duration.ofMinutes(1));
    hotLead("p4");

    assertThat(owner("p4")).isEqualTo(freed);
    assertThat(store.routing().openByOwner("main", Instant.EPOCH)).containsEntry(freed, 1L);
  }
}
