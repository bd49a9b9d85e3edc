package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoIT {
  @TempDir Path folder;

  @Test
  void demoRunsAFullSyncAgainstTheSandboxAndEndsWithItsSummaryLine() {
    Cli cli = Cli.run(Map.of(), "demo", "--records", "200", "--data", folder.resolve("demo").toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("in the sandbox: 200 of 200 contacts carry a Revbridge score", "what a rep sees on");
    assertThat(cli.lastLine()).matches("demo ok: 200 read, 200 scored, [1-9]\\d* owners assigned, [1-9]\\d* tasks created");
  }

  @Test
  void demoCanRunTwiceInARowBecauseItStartsFromAFreshStore() {
    String data = folder.resolve("again").toString();
    Cli.run(Map.of(), "demo", "--records", "50", "--data", data);

    Cli second = Cli.run(Map.of(), "demo", "--records", "50", "--data", data);

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.lastLine()).startsWith("demo ok: 50 read, 50 scored");
  }

  @Test
  void demoWithBothCrmsHandsTheHubSpotMqlsToSalesforceAndSaysSoInItsLastLine() {
    Cli cli = Cli.run(Map.of(), "demo", "--crm", "both", "--records", "120", "--data", folder.resolve("both").toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("hand-off: ");
    assertThat(cli.lastLine()).matches("demo ok: \\d+ read, \\d+ scored, \\d+ owners assigned, \\d+ tasks created,"
        + " [1-9]\\d* handed over \\(\\d+ created, \\d+ matched\\), \\d+ skipped");
  }
}
