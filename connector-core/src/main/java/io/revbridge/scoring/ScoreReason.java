package io.revbridge.scoring;

/**
 * One contribution to a score and why, as a rep reads it: {@code +25 decision maker: title 'VP Sales'}.
 * The reasons of a result add up to its score, so a cap shows as a negative reason of its own.
 *
 * @param category the category the points count towards, e.g. {@code companyFit}
 * @param points signed; zero for missing data that scored nothing but is still named
 * @param text what happened, without the points
 */
public record ScoreReason(String category, int points, String text) {
  /** U+2212, as the reasons are worded in the playbook docs: {@code −20 open longer than ...}. */
  static final char MINUS = '\u2212';

  /** {@code +25 decision maker: title 'VP Sales'}; {@code −15 intent capped at 25}. */
  public String line() {
    return (points < 0 ? MINUS + Integer.toString(-points) : "+" + points) + " " + text;
  }
}
