package io.revbridge.playbook;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import io.revbridge.predictive.LeadOutcomes;
import io.revbridge.predictive.PredictiveSettings;
import io.revbridge.predictive.ScoreSource;
import io.revbridge.predictive.ServingSettings;
import io.revbridge.predictive.TrainingSettings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code predictive.yaml} into {@link PredictiveSettings}, reporting every problem with file, line, key, fix. */
final class PredictiveReader {
  static final String FILE = "predictive.yaml";

  private PlaybookValues v;

  Optional<PredictiveSettings> read(String location, String text, List<MappingProblem> sink) {
    int before = sink.size();
    v = new PlaybookValues(location, sink);
    Optional<YamlNode> root = YamlDocuments.parse(location, text, sink,
        "write the predictive playbook (see README \"Predictive scoring\"), or delete the file for the defaults");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlNode.Map top)) {
      v.problem(root.get().mark(), null, "the predictive playbook must be a map, not "
          + YamlNode.describe(root.get()), "start from the shipped mappings/playbook/" + FILE);
      return Optional.empty();
    }
    v.knownKeys(top, "", List.of("leads", "deals", "training", "factors"));
    PredictiveSettings d = PredictiveSettings.defaults();
    ServingSettings leads = serving(top, "leads", d.leads());
    ServingSettings deals = serving(top, "deals", d.deals());
    LeadOutcomes outcomes = outcomes(top);
    TrainingSettings training = training(top);
    Integer factors = top.entry("factors").isPresent() ? v.integer(top, "", "factors", 0, 10) : Integer.valueOf(d.factors());
    if (sink.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new PredictiveSettings(leads, deals, outcomes, training, factors));
  }

  private ServingSettings serving(YamlNode.Map top, String key, ServingSettings fallback) {
    if (top.entry(key).isEmpty()) {
      return fallback;
    }
    YamlNode.Map m = v.map(top, "", key, key + ": {use: rules, blendWeight: 0.5}");
    if (m == null) {
      return fallback;
    }
    List<String> allowed = key.equals("leads")
        ? List.of("use", "blendWeight", "converted", "disqualified") : List.of("use", "blendWeight");
    v.knownKeys(m, key, allowed);
    ScoreSource use = m.entry("use").isPresent() ? v.enumValue(m, key, "use", ScoreSource.class) : ScoreSource.RULES;
    Double weight = m.entry("blendWeight").isPresent() ? v.decimal(m, key, "blendWeight", 0, 1) : Double.valueOf(0.5);
    return use == null || weight == null ? fallback : new ServingSettings(use, weight);
  }

  private LeadOutcomes outcomes(YamlNode.Map top) {
    LeadOutcomes d = LeadOutcomes.defaults();
    YamlNode.Map leads = top.entry("leads").map(YamlNode.Entry::value)
        .filter(YamlNode.Map.class::isInstance).map(YamlNode.Map.class::cast).orElse(null);
    if (leads == null) {
      return d;
    }
    List<String> cs = d.convertedStages();
    List<String> cl = d.convertedStatuses();
    List<String> ds = d.disqualifiedStages();
    List<String> dl = d.disqualifiedStatuses();
    if (leads.entry("converted").isPresent()) {
      YamlNode.Map c = v.map(leads, "leads", "converted", "converted: {lifecycleStages: [customer], leadStatuses: []}");
      if (c != null) {
        v.knownKeys(c, "leads.converted", List.of("lifecycleStages", "leadStatuses"));
        cs = v.optionalStrings(c, "leads.converted", "lifecycleStages", "lifecycleStages: [customer]");
        cl = v.optionalStrings(c, "leads.converted", "leadStatuses", "leadStatuses: [Closed - Converted]");
      }
    }
    if (leads.entry("disqualified").isPresent()) {
      YamlNode.Map q = v.map(leads, "leads", "disqualified", "disqualified: {leadStatuses: [UNQUALIFIED]}");
      if (q != null) {
        v.knownKeys(q, "leads.disqualified", List.of("lifecycleStages", "leadStatuses"));
        ds = v.optionalStrings(q, "leads.disqualified", "lifecycleStages", "lifecycleStages: [other]");
        dl = v.optionalStrings(q, "leads.disqualified", "leadStatuses", "leadStatuses: [UNQUALIFIED]");
      }
    }
    if (cs == null || cl == null || ds == null || dl == null) {
      return d;
    }
    if (cs.isEmpty() && cl.isEmpty()) {
      v.problem(leads.mark(), "leads.converted", "nothing would count as converted",
          "name at least one lifecycle stage or lead status under leads.converted");
    }
    if (ds.isEmpty() && dl.isEmpty()) {
      v.problem(leads.mark(), "leads.disqualified", "nothing would count as disqualified",
          "name at least one lifecycle stage or lead status under leads.disqualified");
    }
    return new LeadOutcomes(cs, cl, ds, dl);
  }

  private TrainingSettings training(YamlNode.Map top) {
    TrainingSettings d = TrainingSettings.defaults();
    if (top.entry("training").isEmpty()) {
      return d;
    }
    YamlNode.Map t = v.map(top, "", "training", "training: {minPositives: 200, minNegatives: 200}");
    if (t == null) {
      return d;
    }
    v.knownKeys(t, "training", List.of("minPositives", "minNegatives", "calibration", "calibrationShare",
        "testShare", "l2", "epochs", "seed", "model", "trees", "depth"));
    Integer minPositives = has(t, "minPositives") ? v.integer(t, "training", "minPositives", 1, 10_000_000)
        : Integer.valueOf(d.minPositives());
    Integer minNegatives = has(t, "minNegatives") ? v.integer(t, "training", "minNegatives", 1, 10_000_000)
        : Integer.valueOf(d.minNegatives());
    String calibration = d.calibration();
    if (has(t, "calibration")) {
      YamlNode node = t.entry("calibration").get().value();
      String text = node instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip().toLowerCase(Locale.ROOT)
          : "";
      if (text.equals("platt") || text.equals("isotonic")) {
        calibration = text;
      } else {
        v.problem(node.mark(), "training.calibration", "`training.calibration` cannot be `" + text + "`",
            "use platt (fewer records needed) or isotonic");
        calibration = null;
      }
    }
    String model = d.model();
    if (has(t, "model")) {
      YamlNode node = t.entry("model").get().value();
      String text = node instanceof YamlNode.Scalar s && s.text() != null ? s.text().strip().toLowerCase(Locale.ROOT)
          : "";
      if (text.equals("logistic") || text.equals("gbt")) {
        model = text;
      } else {
        v.problem(node.mark(), "training.model", "`training.model` cannot be `" + text + "`",
            "use logistic (L2 logistic regression) or gbt (gradient-boosted trees)");
        model = null;
      }
    }
    Integer trees = has(t, "trees") ? v.integer(t, "training", "trees", 1, 2000) : Integer.valueOf(d.trees());
    Integer depth = has(t, "depth") ? v.integer(t, "training", "depth", 1, 10) : Integer.valueOf(d.depth());
    Double calibrationShare = has(t, "calibrationShare")
        ? v.decimal(t, "training", "calibrationShare", 0.05, 0.4) : Double.valueOf(d.calibrationShare());
    Double testShare = has(t, "testShare") ? v.decimal(t, "training", "testShare", 0.05, 0.4) : Double.valueOf(d.testShare());
    Double l2 = has(t, "l2") ? v.decimal(t, "training", "l2", 0, 10) : Double.valueOf(d.l2());
    Integer epochs = has(t, "epochs") ? v.integer(t, "training", "epochs", 1, 1000) : Integer.valueOf(d.epochs());
    Integer seed = has(t, "seed") ? v.integer(t, "training", "seed", 0, Integer.MAX_VALUE) : Integer.valueOf((int) d.seed());
    if (minPositives == null || minNegatives == null || calibration == null || calibrationShare == null
        || testShare == null || l2 == null || epochs == null || seed == null || model == null || trees == null
        || depth == null) {
      return d;
    }
    return new TrainingSettings(minPositives, minNegatives, calibration, calibrationShare, testShare, l2, epochs,
        seed, model, trees, depth);
  }

  private static boolean has(YamlNode.Map map, String key) {
    return map.entry(key).isPresent();
  }
}
