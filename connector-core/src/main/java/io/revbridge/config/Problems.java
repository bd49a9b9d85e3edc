package io.revbridge.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems of one file while it is checked; not thread-safe (one per load). Every secret
 * value resolved during the load is masked in every problem, also where the same value reached a
 * non-secret key (a token pasted into {@code baseUrl} through a variable).
 */
final class Problems {
  private final String file;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> secrets = new HashSet<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Node at, String key, Complaint complaint) {
    add(Nodes.line(at), Nodes.column(at), key, complaint);
  }

  void add(int line, int column, String key, Complaint complaint) {
    problems.add(new ConfigProblem(file, line, column, key, complaint.message(), complaint.fix()));
  }

  /** Masks this value wherever it occurs in a problem, including problems recorded earlier. */
  void redact(String secretValue) {
    if (!secretValue.isEmpty()) {
      secrets.add(secretValue);
    }
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** All problems in file order, as one exception. */
  ConfigException toException() {
    List<ConfigProblem> sorted = new ArrayList<>(problems.stream().map(this::masked).toList());
    sorted.sort(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
    return new ConfigException(sorted);
  }

  private ConfigProblem masked(ConfigProblem p) {
    String message = p.message();
    String fix = p.fix();
    for (String secret : secrets) {
      message = message.replace(secret, "****");
      fix = fix.replace(secret, "****");
    }
    return new ConfigProblem(p.file(), p.line(), p.column(), p.key(), message, fix);
  }
}
