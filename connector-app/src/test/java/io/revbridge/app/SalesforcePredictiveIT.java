package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.HistoryTruth;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictive scoring through the Salesforce adapter: leads learned from converted and not-converted leads, beating
 * the rules on held-out records, and with the model in charge the predictive fields reach every lead in the
 * Salesforce sandbox.
 */
class SalesforcePredictiveIT {
  private static final String SECRET_VAR = "SF_TEST_CLIENT_SECRET";

  @TempDir Path folder;

  @Test
  void leadsAreLearnedFromTheOrgsHistoryAndThePredictionReachesEveryLead() throws Exception {
    try (SalesforceSandbox sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(40))) {
      sandbox.seedHistory(HistoryOptions.of(1500, 0, HistoryTruth.SIGNAL));
      Path playbook = ShippedPlaybook.copyTo(folder.resolve("playbook"));
      Files.writeString(playbook.resolve("predictive.yaml"), Files.readString(playbook.resolve("predictive.yaml"))
          .replaceFirst("(?m)^  use: rules$", "  use: predictive"));
      Path config = folder.resolve("revbridge.yaml");
      Files.writeString(config, String.join("\n",
          "store:",
          "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
          "playbook: " + playbook.toAbsolutePath(),
          "connections:",
          "  - name: sf",
          "    crm: salesforce",
          "    loginUrl: " + sandbox.baseUrl(),
          "    organizationId: " + sandbox.organizationId(),
          "    queryBatchSize: 200",
          "    auth:",
          "      flow: client-credentials",
          "      clientId: " + SalesforceSandbox.CLIENT_ID,
          "      clientSecret: ${" + SECRET_VAR + "}",
          "    objects: [Lead]",
          ""));
      Map<String, String> env = Map.of(SECRET_VAR, SalesforceSandbox.CLIENT_SECRET);

      Cli train = Cli.run(env, "score", "train", "--object", "leads", "--config", config.toString());
      assertThat(train.exitCode()).as(train.out() + train.err()).isZero();
      assertThat(train.out()).contains("verdict: the learned model ranks better than the rules")
          .contains("model 1 stored and activated for leads on sf; in charge by predictive.yaml (leads.use: predictive)");

      Cli sync = Cli.run(env, "sync", "--once", "--config", config.toString());
      assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
      List<Map<String, String>> leads = sandbox.records("Lead");
      assertThat(leads).hasSize(1540).allSatisfy(l -> {
        assertThat(l.get("Revbridge_Predictive_Score__c")).as(l.get("Id")).matches("\\d{1,3}(\\.0)?");
        assertThat(l.get("Revbridge_Predictive_Factors__c")).startsWith("Predicted conversion ");
        assertThat(l.get("Revbridge_Score__c")).as("the prediction is in charge")
            .isEqualTo(l.get("Revbridge_Predictive_Score__c"));
      });
    }
  }
}
