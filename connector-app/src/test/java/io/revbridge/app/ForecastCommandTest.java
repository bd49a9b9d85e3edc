package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.store.ForecastRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path folder;
  private Path config;

  @BeforeEach
  void storeWithForecasts() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/');
    try (Store store = Store.open(StoreSettings.of(url))) {
      store.forecasts().save(List.of(
          row("1", "101", 80, "10000", "2026-05-10"),
          row("2", "102", 50, "20000", "2026-08-01")));
    }
    config = Files.writeString(folder.resolve("revbridge.yaml"), String.join("\n",
        "store:", "  url: " + url, "connections:", "  - name: main", "    crm: hubspot",
        "    accessToken: ${HS_TOKEN}", ""));
  }

  private static ForecastRow row(String id, String owner, int probability, String amount, String close) {
    BigDecimal value = new BigDecimal(amount);
    return new ForecastRow(new RecordRef("main", "deals", id), owner, "PROPOSAL", value, probability,
        value.multiply(BigDecimal.valueOf(probability)).movePointLeft(2), LocalDate.parse(close), "HIGH", Instant.EPOCH);
  }

  @Test
  void theRollUpPerOwnerPrintsCommitBestCaseAndPipeline() {
    Cli cli = Cli.run(Map.of("HS_TOKEN", "token"), "forecast", "--config", config.toString(), "--by", "owner");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("101 +1 +10,000.00 +10,000.00 +10,000.00 +8,000.00 +0.00")
        .containsPattern("102 +1 +0.00 +20,000.00 +20,000.00 +10,000.00 +0.00")
        .containsPattern("all +2 +10,000.00 +30,000.00 +30,000.00 +18,000.00 +0.00");
  }

  @Test
  void perQuarterGroupsByThePredictedCloseDate() {
    Cli cli = Cli.run(Map.of("HS_TOKEN", "token"), "forecast", "--config", config.toString(), "--by", "quarter");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2026-Q2", "2026-Q3");
  }

  @Test
  void anUnknownGroupingIsBadInput() {
    Cli cli = Cli.run(Map.of("HS_TOKEN", "token"), "forecast", "--config", config.toString(), "--by", "region");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--by `region` is not owner or quarter");
  }
}
