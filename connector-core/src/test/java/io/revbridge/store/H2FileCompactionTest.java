package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileCompactionTest {
  @TempDir Path dir;

  @Test
  void theFileShrinksToItsDataAndTheDataStays() throws SQLException {
    StoreSettings settings = StoreSettings.of("jdbc:h2:file:" + dir.resolve("revbridge").toAbsolutePath());
    try (Store store = Store.open(settings)) {
      store.cursors().put("hs", "contacts", "c1");
      // 20 MB of audit lines in many commits, then deleted: space H2 keeps until the file is compacted
      try (Connection c = store.dataSource().getConnection();
          PreparedStatement insert = c.prepareStatement("INSERT INTO audit (connection, object_type, record_id, stage,"
              + " decision, detail_json, recorded_at) VALUES ('hs', 'contacts', ?, 'score', 'scored', ?,"
              + " CURRENT_TIMESTAMP)")) {
        for (int i = 0; i < 10_000; i++) {
          insert.setString(1, Integer.toString(i));
          insert.setString(2, "x".repeat(2_000) + i);
          insert.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
          s.executeUpdate("DELETE FROM audit");
        }
      }
    }
    H2FileCompaction.Result result = H2FileCompaction.compact(settings);

    assertThat(result.file()).isEqualTo(dir.resolve("revbridge.mv.db").toAbsolutePath());
    assertThat(result.before()).isGreaterThan(10_000_000);
    assertThat(result.after()).isLessThan(result.before() / 4);
    try (Store again = Store.open(settings)) {
      assertThat(again.cursors().get("hs", "contacts")).contains("c1");
    }
  }

  @Test
  void onlyH2FilesAreCompacted() {
    assertThat(H2FileCompaction.applies("jdbc:h2:file:./data/revbridge")).isTrue();
    assertThat(H2FileCompaction.applies("jdbc:h2:mem:test")).isFalse();
    assertThat(H2FileCompaction.applies("jdbc:postgresql://127.0.0.1:5432/revbridge")).isFalse();
    assertThatThrownBy(() -> H2FileCompaction.compact(StoreSettings.of("jdbc:postgresql://127.0.0.1:1/x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an H2 file store");
  }

  @Test
  void theFileIsFoundFromTheUrl() {
    assertThat(H2FileCompaction.fileOf("jdbc:h2:file:./data/revbridge;MODE=PostgreSQL"))
        .isEqualTo(Path.of("./data/revbridge.mv.db"));
    assertThat(H2FileCompaction.fileOf("jdbc:h2:file:/var/lib/revbridge/store")).isEqualTo(Path.of("/var/lib/revbridge/store.mv.db"));
  }
}
