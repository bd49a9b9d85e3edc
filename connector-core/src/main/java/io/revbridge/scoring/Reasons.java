package io.revbridge.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reasons in order of impact, and rendered as the text the CRM's reasons field shows. */
public final class Reasons {
  private static final Comparator<ScoreReason> BY_IMPACT =
      Comparator.comparingInt((ScoreReason reason) -> Math.abs(reason.points())).reversed();

  private Reasons() {}

  /** Biggest absolute contribution first; equal ones keep the order they were given in (category order). */
  public static List<ScoreReason> byImpact(List<ScoreReason> reasons) {
    List<ScoreReason> sorted = new ArrayList<>(reasons);
    sorted.sort(BY_IMPACT);
    return List.copyOf(sorted);
  }

  /**
   * A headline, then one line per reason, cut to {@code maxChars} by dropping whole lines from the end: the reasons
   * are in order of impact, so what survives a short CRM field is what mattered most. The headline is always kept
   * (cut itself only when the field cannot hold even that).
   */
  public static String render(String headline, List<ScoreReason> reasons, int maxChars) {
    List<String> lines = new ArrayList<>(reasons.size());
    for (ScoreReason reason : reasons) {
      lines.add(reason.line());
    }
    return renderLines(headline, lines, maxChars);
  }

  /** As {@link #render}, for lines already written. */
  public static String renderLines(String headline, List<String> lines, int maxChars) {
    if (headline.length() >= maxChars) {
      return headline.substring(0, maxChars);
    }
    StringBuilder text = new StringBuilder(headline);
    for (String line : lines) {
      if (text.length() + 1 + line.length() > maxChars) {
        break;
      }
      text.append('\n').append(line);
    }
    return text.toString();
  }
}
