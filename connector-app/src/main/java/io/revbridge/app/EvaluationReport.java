package io.revbridge.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.predictive.Evaluation;
import io.revbridge.predictive.Metrics;
import io.revbridge.predictive.ReliabilityBin;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;

/** The evaluation of a model against the rules, as a text table or JSON, for {@code score train} and {@code evaluate}. */
final class EvaluationReport {
  private EvaluationReport() {}

  static void text(PrintWriter out, long modelId, String object, Instant from, Instant to, Evaluation e) {
    out.printf("model %d (%s), held-out records %s .. %s: %d (%d with the good outcome)%n", modelId, object,
        from, to, e.learned().records(), e.learned().positives());
    out.printf("%-22s %12s %12s%n", "", "learned", "rules");
    row(out, "ROC AUC", e.learned().auc(), e.rules().auc());
    out.printf(Locale.ROOT, "%-22s %12s %12s%n", "  95% CI", ci(e.learned()), ci(e.rules()));
    row(out, "log loss", e.learned().logLoss(), e.rules().logLoss());
    row(out, "Brier score", e.learned().brier(), e.rules().brier());
    row(out, "top-decile lift", e.learned().topDecileLift(), e.rules().topDecileLift());
    out.println("reliability (predicted -> observed, records):");
    out.printf("%-10s %24s %24s%n", "bin", "learned", "rules");
    for (int b = 0; b < 10; b++) {
      ReliabilityBin l = e.learned().reliability().get(b);
      ReliabilityBin r = e.rules().reliability().get(b);
      out.printf(Locale.ROOT, "%3.0f-%3.0f%%  %24s %24s%n", l.from() * 100, l.to() * 100, bin(l), bin(r));
    }
    out.println("verdict: " + e.verdict());
  }

  static ObjectNode json(long modelId, String object, Instant from, Instant to, Evaluation e) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("model", modelId);
    root.put("object", object);
    root.put("heldOutFrom", String.valueOf(from));
    root.put("heldOutTo", String.valueOf(to));
    root.set("learned", metrics(e.learned()));
    root.set("rules", metrics(e.rules()));
    root.put("noSignal", e.noSignal());
    root.put("verdict", e.verdict());
    return root;
  }

  private static ObjectNode metrics(Metrics m) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("records", m.records());
    n.put("positives", m.positives());
    n.put("auc", round(m.auc()));
    n.put("aucLow", round(m.aucLow()));
    n.put("aucHigh", round(m.aucHigh()));
    n.put("logLoss", round(m.logLoss()));
    n.put("brier", round(m.brier()));
    n.put("topDecileLift", round(m.topDecileLift()));
    ArrayNode bins = n.putArray("reliability");
    for (ReliabilityBin b : m.reliability()) {
      bins.addObject().put("from", b.from()).put("to", b.to()).put("records", b.count())
          .put("meanPredicted", round(b.meanPredicted())).put("observed", round(b.observed()));
    }
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static void row(PrintWriter out, String name, double learned, double rules) {
    out.printf(Locale.ROOT, "%-22s %12.3f %12.3f%n", name, learned, rules);
  }

  private static String ci(Metrics m) {
    return String.format(Locale.ROOT, "%.3f-%.3f", m.aucLow(), m.aucHigh());
  }

  private static String bin(ReliabilityBin b) {
    return b.count() == 0 ? "-" : String.format(Locale.ROOT, "%.2f -> %.2f (%d)", b.meanPredicted(), b.observed(),
        b.count());
  }
}
