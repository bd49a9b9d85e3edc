package io.revbridge.playbook;

import io.revbridge.mapping.MappingException;
import io.revbridge.mapping.MappingProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Playbook files that cannot be used, with every problem found. A {@link MappingException}, because playbook files
 * are validated like mapping files and the CLI reports both the same way (exit code 2).
 */
public class PlaybookException extends MappingException {
  public PlaybookException(List<MappingProblem> problems) {
    super(problems);
  }

  @Override
  public String getMessage() {
    List<MappingProblem> problems = problems();
    String heading = problems.size() == 1 ? "1 problem in the playbook files:"
        : problems.size() + " problems in the playbook files:";
    return problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n", heading + "\n", ""));
  }
}
