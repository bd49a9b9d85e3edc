package io.revbridge.config;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML text into SnakeYAML's node tree, which keeps the line and column of every key and value.
 * Only composes nodes: no Java object is ever constructed from the file's tags. Syntax errors are reported
 * in plain words without the parser's snippet of the line, which could hold a secret written by mistake.
 */
final class YamlParser {
  private YamlParser() {}

  /** The top-level mapping, or empty after recording why there is none. */
  static Optional<MappingNode> parse(String text, String describedPath, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setMergeOnCompose(true); // `<<: *defaults` shares keys between connections
    options.setAllowRecursiveKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      problems.add(line, column, "", plain(e.getContext(), e.getProblem()));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(1, 1, "", new Complaint("is not valid YAML: " + e.getMessage(), "check the file's syntax"));
      return Optional.empty();
    }
    if (Nodes.isAbsent(root)) {
      problems.add(1, 1, "", new Complaint(describedPath + " is empty",
          "add at least a `connections:` list (docs/revbridge.example.yaml is a commented example)"));
      return Optional.empty();
    }
    if (!(root instanceof MappingNode mapping)) {
      problems.add(root, "", new Complaint("expected `key: value` settings at the top of the file, got "
          + Nodes.describe(root, true), "start the file with keys such as `connections:` (no indentation, no `- `)"));
      return Optional.empty();
    }
    return Optional.of(mapping);
  }

  /** SnakeYAML's wording for the syntax errors admins actually make, rephrased with a fix. */
  static Complaint plain(String context, String problem) {
    String c = context == null ? "" : context;
    String p = problem == null ? "" : problem;
    if (p.contains("(TAB)") || p.contains("\t")) {
      return new Complaint("a tab is used for indentation", "indent with spaces only");
    }
    if (p.startsWith("mapping values are not allowed")) {
      return new Complaint("a `key: value` is not allowed here",
          "check this line's indentation, or quote a value that contains `: `");
    }
    if (p.startsWith("could not find expected ':'")) {
      return new Complaint("a key is missing its `:`", "write `key: value`, or quote a value that spans lines");
    }
    if (p.startsWith("expected <block end>")) {
      return new Complaint("this line's indentation does not match the lines around it",
          "align it with the other keys of its section, using spaces");
    }
    if (p.contains("end of stream")) {
      return new Complaint("the file ends inside a quote or bracket", "close the quote or bracket");
    }
    if (c.startsWith("expected a single document")) {
      return new Complaint("the file holds more than one YAML document", "remove the `---` line and keep one");
    }
    return new Complaint("is not valid YAML: " + p, "check the indentation and quoting near here");
  }
}
