package io.revbridge.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way YAML with positions is read: mapping files and every playbook file (scoring, forecast, routing,
 * sequences) use it. Positions on every node, repeated keys and aliases reported, problems as
 * {@link MappingProblem}s naming file, line, key and fix; {@link YamlChecks} holds the shared checks on the tree.
 */
public final class YamlDocuments {
  private YamlDocuments() {}

  /**
   * @param location the file as messages name it
   * @param emptyFix what to tell the user when the file is empty
   * @return the document's root, or empty when it cannot be read (every problem added to {@code sink})
   */
  public static Optional<YamlNode> parse(String location, String text, List<MappingProblem> sink, String emptyFix) {
    Problems problems = new Problems(location, sink);
    List<YamlTreeParser.SyntaxException> issues = new ArrayList<>();
    YamlNode root;
    try {
      root = YamlTreeParser.parse(text, issues);
    } catch (YamlTreeParser.SyntaxException e) {
      issues.forEach(issue -> problems.add(issue.mark, issue.key, issue.getMessage(), null));
      problems.add(e.mark, e.key, e.getMessage(), "correct the YAML at this position");
      return Optional.empty();
    }
    issues.forEach(issue -> problems.add(issue.mark, issue.key, issue.getMessage(), "remove the repeated entry"));
    if (root == null) {
      problems.add(null, null, "the file is empty", emptyFix);
    }
    return issues.isEmpty() ? Optional.ofNullable(root) : Optional.empty();
  }

  /** {@code " (did you mean `x`?)"} or empty, as mapping files suggest. */
  public static String didYouMean(String input, List<String> candidates) {
    return Suggestions.didYouMean(input, candidates);
  }
}
