package io.revbridge.forecast;

import io.revbridge.scoring.Reasons;
import io.revbridge.scoring.ScoreReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deal's forecast. The adjustments add up to the probability (the stage base is the first of them; a clamp is an
 * adjustment of its own) and are in order of impact.
 *
 * @param stage the playbook stage, or null when the CRM's stage is not mapped
 * @param probability win probability in percent: 100 won, 0 lost, {@code clampMin..clampMax} open
 * @param expectedValue amount × probability, or null without an amount
 * @param predictedClose the close date if it lies ahead, else an estimate from the stage and the average cycle
 */
public record DealForecast(
    ForecastStage stage,
    int probability,
    BigDecimal expectedValue,
    LocalDate predictedClose,
    ForecastConfidence confidence,
    List<ScoreReason> adjustments,
    List<String> risks,
    List<String> nextSteps) {

  public DealForecast {
    adjustments = List.copyOf(adjustments);
    risks = List.copyOf(risks);
    nextSteps = List.copyOf(nextSteps);
  }

  /** The text for the CRM's reasons field: a headline, adjustments by impact, then the risks. Deterministic. */
  public String reasonsText() {
    return reasonsText(Integer.MAX_VALUE);
  }

  /** As {@link #reasonsText()}, keeping only the whole lines that fit in {@code maxChars}. */
  public String reasonsText(int maxChars) {
    List<String> lines = new ArrayList<>(adjustments.size() + risks.size());
    adjustments.forEach(a -> lines.add(a.line()));
    risks.forEach(r -> lines.add("risk: " + r));
    return Reasons.renderLines("Win probability " + probability + "% (" + confidence + " confidence)", lines, maxChars);
  }
}
