package io.revbridge.routing;

import io.revbridge.mapping.MappingProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A routing playbook that cannot be used; holds every problem found, each with its file, line and key. */
public class PlaybookException extends RuntimeException {
  private final List<MappingProblem> problems;

  public PlaybookException(List<MappingProblem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }

  private static String render(List<MappingProblem> problems) {
    String heading = problems.size() == 1 ? "1 problem in the routing playbook:"
        : problems.size() + " problems in the routing playbook:";
    return problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
