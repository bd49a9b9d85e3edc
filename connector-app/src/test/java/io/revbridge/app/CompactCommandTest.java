package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an admin sees from {@code compact}, and that the store still holds its data afterwards. */
class CompactCommandTest {
  private static final Map<String, String> ENV = Map.of("HUBSPOT_TOKEN", "pat-na1-secret-value");

  @TempDir Path folder;

  @Test
  void anH2StoreIsCompactedInPlaceAndKeepsItsData() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    try (Store store = Store.open(StoreSettings.of(url))) {
      store.cursors().put("main", "contacts", "2026-03-02T09:00:00Z");
    }
    Cli compact = Cli.run(ENV, "compact", "--config", StoreOnlyConfig.write(folder, url).toString());

    assertThat(compact.exitCode()).as(compact.err()).isZero();
    assertThat(compact.out()).startsWith("compacted " + folder.resolve("db.mv.db").toAbsolutePath() + ": ")
        .contains(" MB → ");
    try (Store store = Store.open(StoreSettings.of(url))) {
      assertThat(store.cursors().get("main", "contacts")).contains("2026-03-02T09:00:00Z");
    }
  }

  @Test
  void aPostgresStoreNeedsNothingAndIsNotTouched() throws Exception {
    Cli compact = Cli.run(ENV, "compact", "--config",
        StoreOnlyConfig.write(folder, "jdbc:postgresql://127.0.0.1:1/revbridge").toString());

    assertThat(compact.exitCode()).isZero();
    assertThat(compact.out()).contains("nothing to compact").contains("autovacuum");
  }
}
