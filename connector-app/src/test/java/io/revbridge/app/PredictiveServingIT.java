package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.HistoryTruth;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trained, active model in the sync: with leads blended and deals predictive, every contact and open deal that
 * reaches the HubSpot sandbox carries the predictive score and its factors beside the rule score, the score in
 * charge is the blend (leads) or the prediction (deals), and the audit trail holds each prediction. A rollback
 * puts the rules back in charge for the next records.
 */
class PredictiveServingIT {
  @TempDir Path folder;

  @Test
  void anActiveModelWritesItsScoreAndFactorsBesideTheRuleScoreAndTheBlendIsInCharge() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(60).unlimited())) {
      fx.sandbox.seedHistory(HistoryOptions.of(600, 400, HistoryTruth.SIGNAL));
      Path playbook = ShippedPlaybook.copyTo(folder.resolve("playbook"));
      String shipped = Files.readString(playbook.resolve("predictive.yaml"));
      Files.writeString(playbook.resolve("predictive.yaml"), shipped
          .replaceFirst("(?m)^  use: rules$", "  use: blend")
          .replaceFirst("(?m)^  blendWeight: 0.5 .*$", "  blendWeight: 0.6")
          .replaceFirst("(?m)^  use: rules .*$", "  use: predictive")
          .replace("minPositives: 200", "minPositives: 80").replace("minNegatives: 200", "minNegatives: 80"));
      Files.writeString(fx.config, Files.readString(fx.config).replace("objects: [contacts]",
          "objects: [contacts, deals]") + "playbook: " + playbook.toAbsolutePath() + "\n");
      assertThat(fx.cli("score", "train", "--object", "leads").out()).contains("stored and activated for leads")
          .contains("in charge by predictive.yaml (leads.use: blend)");
      assertThat(fx.cli("score", "train", "--object", "deals").out()).contains("stored and activated for deals")
          .contains("in charge by predictive.yaml (deals.use: predictive)");
      Cli sync = fx.cli("sync", "--once");
      assertThat(sync.exitCode()).as(sync.err()).isZero();

      List<SandboxRecord> contacts = fx.contacts();
      assertThat(contacts).allSatisfy(c -> {
        Map<String, String> p = c.properties();
        assertThat(p.get("revbridge_predictive_score")).as(c.id()).matches("\\d{1,3}");
        assertThat(p.get("revbridge_predictive_factors"))
            .startsWith("Predicted conversion " + p.get("revbridge_predictive_score") + "%\n");
        assertThat(p.get("revbridge_score_reasons")).contains("blend 60% learned model: conversion likelihood "
            + p.get("revbridge_predictive_score") + "%");
      });
      assertThat(contacts).anySatisfy(c -> assertThat(c.properties().get("revbridge_predictive_factors"))
          .containsPattern("\n\\+ (decision maker|came from referrals|.* at a .* company)"));
      assertThat(contacts).anySatisfy(c -> assertThat(c.properties().get("revbridge_predictive_factors"))
          .contains("\n− no email engagement"));

      List<SandboxRecord> openDeals = fx.sandbox.records("deals").stream()
          .filter(d -> !d.properties().get("dealstage").startsWith("closed")).toList();
      assertThat(openDeals).isNotEmpty().allSatisfy(d -> {
        Map<String, String> p = d.properties();
        assertThat(p.get("revbridge_predictive_factors")).startsWith("Predicted win ");
        assertThat(p.get("revbridge_win_probability")).as("the prediction is in charge")
            .isEqualTo(p.get("revbridge_predictive_score"));
      });

      assertThat(contacts).as("the first pass reads activities after the records: none are counted, none invented")
          .noneSatisfy(c -> assertThat(c.properties().get("revbridge_predictive_factors")).contains("in 30 days"));

      for (SandboxRecord c : contacts) {
        fx.sandbox.edit("contacts", c.id(), Map.of("city", "Lisbon"));
      }
      Cli again = fx.cli("sync", "--once");
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(fx.contacts()).as("once read, the stored calls, emails and meetings are features")
          .anySatisfy(c -> assertThat(c.properties().get("revbridge_predictive_factors"))
              .containsPattern("\n[+−] (no email engagement|no meetings|\\d+ (emails?|meetings?|calls?)) in 30 days"));

      SandboxRecord one = contacts.get(0);
      try (Store store = Store.open(new StoreSettings("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath(),
          Optional.empty(), Optional.empty()))) {
        List<AuditEntry> trail = store.audit().forRecord(new RecordRef("main", "contacts", one.id()));
        assertThat(trail).anySatisfy(a -> {
          assertThat(a.stage()).isEqualTo("predictive");
          assertThat(a.decision()).isEqualTo(one.properties().get("revbridge_predictive_score") + "% (model 1)");
          assertThat(a.detailJson()).contains("\"positive\"").contains("\"negative\"");
        });
      }
    }
  }
}
