package io.revbridge.sync;

import io.revbridge.model.RecordRef;
import io.revbridge.predictive.Factor;
import io.revbridge.predictive.Prediction;
import io.revbridge.store.AuditEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit entry (stage {@code predictive}) of one prediction: model, probability, score and factors. */
final class PredictiveAudit {
  static final String STAGE = "predictive";

  private PredictiveAudit() {}

  static AuditEntry entry(RecordRef ref, long modelId, Prediction p, Instant now) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("model", modelId);
    detail.put("probability", Math.round(p.probability() * 10_000) / 10_000.0);
    detail.put("score", p.score());
    detail.put("positive", lines(p.positive()));
    detail.put("negative", lines(p.negative()));
    return new AuditEntry(ref, STAGE, p.score() + "% (model " + modelId + ")", Json.write(detail), now);
  }

  private static List<String> lines(List<Factor> factors) {
    return factors.stream().map(Factor::text).toList();
  }
}
