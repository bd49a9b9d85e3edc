package io.revbridge.scoring;

import java.util.List;

/**
 * A lead's score with its grade and one reason per category, in a fixed category order.
 *
 * @param score 0 to 100, the sum of the categories' points
 */
public record LeadScore(int score, Grade grade, List<ScoreReason> reasons) {
  public LeadScore {
    reasons = List.copyOf(reasons);
  }

  /**
   * The text written to the CRM: a headline, then one line per category. Deterministic (no timestamps), so an
   * unchanged score renders the same text and is not written again.
   */
  public String reasonsText() {
    StringBuilder text = new StringBuilder("Score ").append(score).append(" (").append(grade).append(')');
    for (ScoreReason reason : reasons) {
      text.append('\n').append(reason.line());
    }
    return text.toString();
  }
}
