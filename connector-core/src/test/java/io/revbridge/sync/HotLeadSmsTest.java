package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.notify.Notification;
import io.revbridge.routing.PlaybookException;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hot lead's notification carries its new owner's phone from routing.yaml, for the SMS channel. */
class HotLeadSmsTest {
  private static final MappingSet MAPPINGS = MappingLoader.load(MappingSource.folder(Path.of("..", "mappings")));
  private static final String INSIDE_SALES = "  - {name: inside-sales, reps: any-active-owner}";

  @TempDir Path tmp;
  final FakeClock clock = new FakeClock(Instant.parse("2026-03-04T15:00:00Z"));
  Store store;

  @AfterEach
  void tearDown() {
    if (store != null) {
      store.close();
    }
  }

  private RoutingPlaybook playbook(String insideSales) throws Exception {
    Path folder = Folders.copy(Path.of("..", "mappings", "playbook"), tmp.resolve("playbook"));
    Path routing = folder.resolve("routing.yaml");
    String text = Files.readString(routing);
    assertThat(text).contains(INSIDE_SALES);
    Files.writeString(routing, text.replace(INSIDE_SALES, insideSales));
    return RoutingPlaybookLoader.load(PlaybookFiles.folder(folder));
  }

  @Test
  void theHotLeadNoticeNamesTheOwnersPhone() throws Exception {
    RoutingPlaybook playbook = playbook("  - name: inside-sales\n    reps:\n"
        + "      - {email: 101@example.test, level: senior, phone: \"+491701234567\"}\n"
        + "      - {email: 102@example.test, level: senior}");
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    FakeCrm crm = new FakeCrm("main");
    crm.addOwner("101", true);
    crm.addOwner("102", true);
    crm.put("companies", "c1", Map.of("name", "Acme", "numberofemployees", "120", "industry", "COMPUTER_SOFTWARE"));
    crm.put("contacts", "p1", new HashMap<>(Map.of("email", "p1@acme.test", "firstname", "Jo", "lastname", "Doe",
        "jobtitle", "VP Sales", "associatedcompanyid", "c1", "hs_lead_status", "NEW",
        "hs_analytics_last_url", "https://www.revbridge.test/pricing", "webinar_attended", "true",
        "active_project", "true")));
    SyncEngine engine = new SyncEngine(store, MAPPINGS, LeadScorer.withDefaults(), playbook,
        List.of(new EngineConnection("hubspot", List.of("contacts"), crm)), EngineSettings.defaults(), clock, l -> {});

    engine.syncOnce();

    var due = store.notifications().claimDue(clock.instant().plus(Duration.ofSeconds(1)), 10, Duration.ofMinutes(1));
    assertThat(due).singleElement().satisfies(row -> {
      Notification n = Json.read(row.payload(), Notification.class);
      assertThat(n.kind()).isEqualTo("hot-lead");
      assertThat(n.smsTo()).isEqualTo("+491701234567");
    });
    assertThat(crm.get("contacts", "p1").field("hubspot_owner_id")).isEqualTo("101");
  }

  @Test
  void aPhoneNotInE164FormIsALoadErrorWithItsLine() {
    assertThatThrownBy(() -> playbook("  - name: inside-sales\n    reps:\n"
        + "      - {email: ana@example.com, phone: 0170 1234567}"))
        .isInstanceOf(PlaybookException.class)
        .hasMessageContaining("teams[4].reps[0].phone")
        .hasMessageContaining("E.164");
  }
}
