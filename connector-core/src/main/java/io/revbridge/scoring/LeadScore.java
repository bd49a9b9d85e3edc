package io.revbridge.scoring;

import java.util.List;

/**
 * A lead's score with its grade, the points per category and the reasons in order of impact. The reasons add up
 * to the score.
 *
 * @param score 0 to 100, the sum of the categories' points
 */
public record LeadScore(int score, Grade grade, CategoryPoints categories, List<ScoreReason> reasons) {
  public LeadScore {
    reasons = List.copyOf(reasons);
  }

  /**
   * The text written to the CRM: a headline, then one line per reason, most important first. Deterministic (no
   * timestamps), so an unchanged score renders the same text and is not written again. The mapping's
   * {@code truncate_lines} cuts it to the field's length by whole lines.
   */
  public String reasonsText() {
    return Reasons.render(headline(), reasons, Integer.MAX_VALUE);
  }

  /** As {@link #reasonsText()}, keeping only the lines that fit in {@code maxChars}. */
  public String reasonsText(int maxChars) {
    return Reasons.render(headline(), reasons, maxChars);
  }

  private String headline() {
    return "Score " + score + " (" + grade + ")";
  }
}
