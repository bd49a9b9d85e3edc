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
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.predictive.Evaluation;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictive scoring through the Salesforce adapter: leads learned from converted and not-converted leads, and
 * opportunities from closed won and lost ones (with their Tasks and Events, and the days each sat in the stage it
 * closed from, read from OpportunityHistory), each beating the rules on held-out
 * records; with the model in charge the predictive fields reach every lead and opportunity in the Salesforce sandbox.
 */
class SalesforcePredictiveIT {
  private static final String SECRET_VAR = "SF_TEST_CLIENT_SECRET";

  @TempDir Path folder;

  private Path config(SalesforceSandbox sandbox, String objects, String kind) throws Exception {
    Path playbook = ShippedPlaybook.copyTo(folder.resolve("playbook"));
    String predictive = Files.readString(playbook.resolve("predictive.yaml"));
    Files.writeString(playbook.resolve("predictive.yaml"), kind.equals("leads")
        ? predictive.replaceFirst("(?m)^  use: rules$", "  use: predictive")
        : predictive.replaceFirst("(?m)^  use: rules +# rules \\| predictive", "  use: predictive   # rules | predictive"));
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
        "    objects: " + objects,
        ""));
    return config;
  }

  private Store store() {
    return Store.open(new StoreSettings("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath(),
        java.util.Optional.empty(), java.util.Optional.empty()));
  }

  @Test
  void opportunitiesAreLearnedFromClosedWonAndLostWithTheirActivitiesAndThePredictionReachesEveryOpportunity()
      throws Exception {
    try (SalesforceSandbox sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(40))) {
      sandbox.seedHistory(HistoryOptions.of(0, 2000, HistoryTruth.SIGNAL));
      Path config = config(sandbox, "[Opportunity]", "deals");
      Map<String, String> env = Map.of(SECRET_VAR, SalesforceSandbox.CLIENT_SECRET);

      Cli train = Cli.run(env, "score", "train", "--object", "deals", "--config", config.toString());
      assertThat(train.exitCode()).as(train.out() + train.err()).isZero();
      assertThat(train.out()).containsPattern("sf: 2008 records read, 20\\d\\d with an outcome")
          .containsPattern("stage history: 2000 of 20\\d\\d closed deals with the open stage they closed from")
          .contains("verdict: the learned model ranks better than the rules")
          .contains("model 1 stored and activated for deals on sf; in charge by predictive.yaml (deals.use: predictive)");
      try (Store store = store()) {
        ModelRow model = store.models().active("sf", "deals").orElseThrow();
        Evaluation e = ModelCodec.evaluation(model);
        assertThat(e.learned().auc()).isGreaterThanOrEqualTo(0.75).isGreaterThan(e.rules().auc());
        assertThat(model.trainTo()).isBefore(model.testFrom());
        ActivityWeights.assertLearned("deals", ModelCodec.features(model));
        StageAgeWeights.assertLearned(ModelCodec.features(model));
        System.out.printf("Salesforce deals ROC AUC learned %.3f rules %.3f%n", e.learned().auc(), e.rules().auc());
      }
      Cli evaluate = Cli.run(env, "score", "evaluate", "--object", "deals", "--config", config.toString(), "--json");
      assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
      assertThat(new ObjectMapper().readTree(evaluate.out()).at("/learned/auc").asDouble()).isGreaterThan(0.75);

      Cli sync = Cli.run(env, "sync", "--once", "--config", config.toString());
      assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
      List<Map<String, String>> opportunities = sandbox.records("Opportunity");
      assertThat(opportunities).hasSize(2008).allSatisfy(o -> {
        assertThat(o.get("Revbridge_Predictive_Score__c")).as(o.get("Id")).matches("\\d{1,3}(\\.0)?");
        assertThat(o.get("Revbridge_Predictive_Factors__c")).startsWith("Predicted win ");
      });
      assertThat(opportunities).filteredOn(o -> !o.get("StageName").startsWith("Closed")).isNotEmpty()
          .allSatisfy(o -> assertThat(o.get("Revbridge_Win_Probability__c")).as("the prediction is in charge")
              .isEqualTo(o.get("Revbridge_Predictive_Score__c")));
    }
  }

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
