package io.revbridge.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The config file cannot be used. Holds every problem found, not just the first, so an admin fixes the
 * file in one pass; the message lists them one per line (no secret values).
 */
public final class ConfigException extends RuntimeException {
  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** In file order: by line, then column. */
  public List<ConfigProblem> problems() {
    return problems;
  }
}
