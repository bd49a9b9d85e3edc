package io.revbridge.enrichment.data;

import java.util.List;

/**
 * A data file (rules, lists, firmographics) that cannot be used, with every problem found: each names the file, the
 * line and the fix, so an admin can repair all of them in one go.
 */
public final class DataFileException extends RuntimeException {
  private final List<DataProblem> problems;

  public DataFileException(List<DataProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public DataFileException(String file, int line, String problem, String fix) {
    this(List.of(new DataProblem(file, line, problem, fix)));
  }

  public List<DataProblem> problems() {
    return problems;
  }

  private static String render(List<DataProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (DataProblem problem : problems) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(problem);
    }
    return text.toString();
  }
}
