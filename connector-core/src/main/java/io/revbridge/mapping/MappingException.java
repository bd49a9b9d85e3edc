package io.revbridge.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** Mapping files that cannot be used; holds every problem found across all files, in file and line order. */
public class MappingException extends RuntimeException {
  private final List<MappingProblem> problems;

  public MappingException(List<MappingProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }

  private static String render(List<MappingProblem> problems) {
    String heading = problems.size() == 1 ? "1 problem in the mapping files:" : problems.size() + " problems in the mapping files:";
    return problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
