package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.predictive.Evaluation;
import io.revbridge.predictive.ModelCodec;
import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.HistoryTruth;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.store.ModelRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `score train`, `score evaluate` and `score model` against the HubSpot sandbox's closed history: a hidden truth is
 * learned (held-out AUC of at least 0.75, better than the rules, the recent meetings and emails it counts among the
 * weights, read through the activity feed, and for deals the days they stalled in the stage they closed from, read
 * through the dealstage history), pure noise is reported as no signal, too little
 * history is refused, and model versions activate and roll back.
 */
class ScoreTrainIT {
  @TempDir Path folder;

  private SandboxFixture sandbox(HistoryOptions history) throws Exception {
    return sandbox(history, 0);
  }

  private SandboxFixture sandbox(HistoryOptions history, int openContacts) throws Exception {
    SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(openContacts).unlimited());
    fx.sandbox.seedHistory(history);
    Files.writeString(fx.config, Files.readString(fx.config).replace("objects: [contacts]",
        "objects: [contacts, deals]"));
    return fx;
  }

  private Store store() {
    return Store.open(new StoreSettings("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath(),
        java.util.Optional.empty(), java.util.Optional.empty()));
  }

  @Test
  void aHiddenTruthIsLearnedBetterThanTheRulesForLeadsAndDealsAndTheModelIsStoredActive() throws Exception {
    try (SandboxFixture fx = sandbox(HistoryOptions.of(3000, 2000, HistoryTruth.SIGNAL))) {
      Cli leads = fx.cli("score", "train", "--object", "leads");
      Cli deals = fx.cli("score", "train", "--object", "deals");

      assertThat(leads.exitCode()).as(leads.err()).isZero();
      assertThat(leads.out()).contains("main: 3000 records read, 3000 with an outcome")
          .contains("verdict: the learned model ranks better than the rules")
          .contains("model 1 stored and activated for leads on main; predictive.yaml leads.use is rules");
      assertThat(deals.exitCode()).as(deals.err()).isZero();
      assertThat(deals.out()).contains("verdict: the learned model ranks better than the rules")
          .containsPattern("stage history: 2000 of 20\\d\\d closed deals with the open stage they closed from");
      try (Store store = store()) {
        for (String kind : List.of("leads", "deals")) {
          ModelRow model = store.models().active("main", kind).orElseThrow();
          Evaluation e = ModelCodec.evaluation(model);
          assertThat(e.learned().auc()).as(kind).isGreaterThanOrEqualTo(0.75).isGreaterThan(e.rules().auc());
          assertThat(e.noSignal()).isFalse();
          assertThat(model.trainTo()).as("never trains on records newer than the test set")
              .isBefore(model.testFrom());
          int total = kind.equals("leads") ? 3000 : 2000;
          assertThat(model.trainRecords()).as("about 60%: the oldest, with ties on a cut day kept together")
              .isBetween(total * 60 / 100, total * 62 / 100);
          assertThat(model.trainRecords() + model.calibrationRecords() + model.testRecords()).isEqualTo(total);
          assertThat(ModelCodec.features(model)).extracting(f -> f.key()).doesNotContain("stage", "lifecycle");
          ActivityWeights.assertLearned(kind, ModelCodec.features(model));
          if (kind.equals("deals")) {
            StageAgeWeights.assertLearned(ModelCodec.features(model));
          }
          System.out.printf("HubSpot %s ROC AUC learned %.3f rules %.3f%n", kind, e.learned().auc(), e.rules().auc());
          assertThat(store.models().evaluations(model.id())).hasSize(1);
        }
      }
      assertThat(fx.sandbox.writes()).as("training reads the CRM, never writes").isEmpty();
    }
  }

  @Test
  void gradientBoostedTreesAreTrainedStoredAndServedWhenPredictiveYamlAsksForThem() throws Exception {
    try (SandboxFixture fx = sandbox(HistoryOptions.of(0, 2000, HistoryTruth.SIGNAL), 40)) {
      Path playbook = ShippedPlaybook.copyTo(folder.resolve("playbook"));
      Files.writeString(playbook.resolve("predictive.yaml"), Files.readString(playbook.resolve("predictive.yaml"))
          .replace("model: logistic ", "model: gbt ").replaceFirst("(?m)^  use: rules +# rules", "  use: predictive # rules"));
      Files.writeString(fx.config, Files.readString(fx.config) + "playbook: " + playbook.toAbsolutePath() + "\n");

      Cli deals = fx.cli("score", "train", "--object", "deals");

      assertThat(deals.exitCode()).as(deals.err()).isZero();
      assertThat(deals.out()).contains("verdict: the learned model ranks better than the rules");
      try (Store store = store()) {
        ModelRow model = store.models().active("main", "deals").orElseThrow();
        assertThat(model.algorithm()).isEqualTo(ModelCodec.TREES);
        Evaluation e = ModelCodec.evaluation(model);
        assertThat(e.learned().auc()).isGreaterThanOrEqualTo(0.75).isGreaterThan(e.rules().auc());
      }
      Cli evaluate = fx.cli("score", "evaluate", "--object", "deals", "--json");
      assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
      assertThat(new ObjectMapper().readTree(evaluate.out()).at("/learned/auc").asDouble()).isGreaterThan(0.75);
      Cli sync = fx.cli("sync", "--once");
      assertThat(sync.exitCode()).as(sync.err()).isZero();
      assertThat(fx.sandbox.records("deals")).filteredOn(d -> !d.get("dealstage").startsWith("closed")).isNotEmpty()
          .allSatisfy(d -> assertThat(d.get("revbridge_predictive_factors")).startsWith("Predicted win ")
              .containsPattern("\n[+−] "));
      assertThat(fx.sandbox.records("deals")).filteredOn(d -> !d.get("dealstage").startsWith("closed"))
          .as("open HubSpot deals are served their stage age from the dealstage history")
          .anySatisfy(d -> assertThat(d.get("revbridge_predictive_factors")).containsPattern("\\d+ days? in "));
    }
  }

  @Test
  void pureNoiseIsReportedAsNoSignalAndTheModelIsNotActivated() throws Exception {
    try (SandboxFixture fx = sandbox(HistoryOptions.of(3000, 0, HistoryTruth.NOISE))) {
      Cli cli = fx.cli("score", "train", "--object", "leads");

      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out()).contains("verdict: no signal").contains("model 1 stored, not activated: no signal");
      try (Store store = store()) {
        Evaluation e = ModelCodec.evaluation(store.models().find(1).orElseThrow());
        assertThat(e.learned().auc()).isBetween(0.4, 0.6);
        assertThat(e.noSignal()).isTrue();
        assertThat(store.models().active("main", "leads")).isEmpty();
      }
    }
  }

  @Test
  void tooLittleHistoryIsRefusedWithTheCountsAndNothingIsStored() throws Exception {
    try (SandboxFixture fx = sandbox(HistoryOptions.of(300, 0, HistoryTruth.SIGNAL))) {
      Cli cli = fx.cli("score", "train", "--object", "leads", "--since", "2020-01-01");

      assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.FAILED);
      assertThat(cli.err()).contains("Not enough closed history to train the leads model")
          .contains("since 2020-01-01 on connection main")
          .contains("at least 200 converted and 200 disqualified")
          .contains("the rule model stays in charge");
      try (Store store = store()) {
        assertThat(store.models().list(null, null)).isEmpty();
      }
    }
  }

  @Test
  void modelsAreListedActivatedRolledBackAndEvaluatedAgainWithJson() throws Exception {
    try (SandboxFixture fx = sandbox(HistoryOptions.of(2000, 0, HistoryTruth.SIGNAL))) {
      assertThat(fx.cli("score", "train", "--object", "leads").exitCode()).isZero();
      assertThat(fx.cli("score", "train", "--object", "leads", "--no-activate").out())
          .contains("model 2 stored, not activated (--no-activate)");

      Cli activate = fx.cli("score", "model", "activate", "2");
      assertThat(activate.exitCode()).as(activate.err()).isZero();
      assertThat(activate.out()).contains("model 2 is now active for leads on main");
      assertThat(fx.cli("score", "model", "list").out()).containsPattern("(?m)^2\\s+\\*\\s+main\\s+leads")
          .containsPattern("(?m)^1\\s{2,}main\\s+leads");

      assertThat(fx.cli("score", "model", "rollback", "--object", "leads").out())
          .contains("rolled back: model 1 is active again for leads on main");
      assertThat(fx.cli("score", "model", "rollback", "--object", "leads").out())
          .contains("rolled back: no leads model is active on main; the rules are in charge");
      Cli nothing = fx.cli("score", "model", "rollback", "--object", "leads");
      assertThat(nothing.exitCode()).isEqualTo(RevbridgeMain.FAILED);
      assertThat(nothing.err()).contains("nothing to roll back");
      assertThat(fx.cli("score", "model", "activate", "99").err()).contains("There is no model 99");

      Cli evaluate = fx.cli("score", "evaluate", "--object", "leads", "--model", "1", "--json");
      assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
      JsonNode report = new ObjectMapper().readTree(evaluate.out());
      assertThat(report.get("model").asLong()).isEqualTo(1);
      assertThat(report.at("/learned/auc").asDouble()).isGreaterThan(report.at("/rules/auc").asDouble());
      assertThat(report.at("/learned/reliability")).hasSize(10);
      assertThat(report.get("verdict").asText()).startsWith("the learned model ranks better");
      try (Store store = store()) {
        assertThat(store.models().evaluations(1)).hasSize(2);
      }
    }
  }
}
