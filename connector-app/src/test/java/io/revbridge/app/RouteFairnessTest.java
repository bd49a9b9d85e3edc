package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.store.RoutingStore;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteFairnessTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path folder;

  @Test
  void fairnessListsAssignmentsPerRepAgainstTheirWeightSinceTheGivenTime() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    try (Store store = Store.open(StoreSettings.of(url))) {
      for (int i = 0; i < 4; i++) {
        String owner = i == 0 ? "ana" : "ben";
        int weight = i == 0 ? 1 : 3;
        store.routing().take("main/europe", new RecordRef("main", "contacts", "p" + i), T0.plusSeconds(i), T0,
            s -> Optional.of(new RoutingStore.Choice(owner, 1, weight)));
      }
    }
    Path config = StoreOnlyConfig.write(folder, url);

    Cli all = Cli.run(Map.of("HUBSPOT_TOKEN", "t"), "route", "fairness", "--config", config.toString(),
        "--since", T0.toString());
    Cli later = Cli.run(Map.of("HUBSPOT_TOKEN", "t"), "route", "fairness", "--config", config.toString(),
        "--since", T0.plusSeconds(2).toString());

    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).containsPattern("main/europe\\s+ana\\s+1\\s+1\\s+25\\.0%\\s+25\\.0%")
        .containsPattern("main/europe\\s+ben\\s+3\\s+3\\s+75\\.0%\\s+75\\.0%");
    assertThat(all.lastLine()).startsWith("4 assignments since 2026-03-02T09:00:00Z");
    assertThat(later.lastLine()).startsWith("2 assignments since");
  }
}
