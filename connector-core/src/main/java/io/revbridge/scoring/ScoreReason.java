package io.revbridge.scoring;

/**
 * What one scoring category gave and why.
 *
 * @param category e.g. {@code Company fit}
 * @param text for a rep: {@code 120 employees (25) · Computer Software is a target industry (25)}
 */
public record ScoreReason(String category, int points, int max, String text) {
  /** {@code Company fit 25/25: 120 employees (25) · ...} */
  public String line() {
    return category + " " + points + "/" + max + ": " + text;
  }
}
