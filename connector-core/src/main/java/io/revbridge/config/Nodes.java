package io.revbridge.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions about SnakeYAML nodes, and the "expected X, got Y" complaint. */
final class Nodes {
  private Nodes() {}

  /** {@code key:}, {@code key: ~}, {@code key: null} and {@code key: ""} all mean "not set". */
  static boolean isAbsent(Node node) {
    return node == null
        || node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
  }

  /** What was found, for messages; a secret key's text is never shown. */
  static String describe(Node node, boolean secret) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (secret) {
      return "text";
    }
    String value = ((ScalarNode) node).getValue();
    return "`" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "`";
  }

  static Complaint wrongType(ConfigKey key, Node node) {
    return new Complaint("expected " + key.type().expected() + ", got " + describe(node, key.secret()), shapeFix(key));
  }

  private static String shapeFix(ConfigKey key) {
    String name = key.name();
    return switch (key.type()) {
      case SECTION -> "put its keys on the lines below `" + name + ":`, indented";
      case SECTION_LIST -> "start each entry on its own line with `- `, e.g. `- name: hubspot-main`";
      case STRING_LIST -> "write a list, e.g. `" + name + ": " + key.example() + "`";
      case STRING_MAP -> "write `key: value` pairs on the lines below `" + name + ":`, indented";
      case SECRET -> "write `" + name + ": ${VARIABLE}` and export VARIABLE";
      default -> "write one value, e.g. `" + name + ": " + key.example() + "`";
    };
  }

  /** 1-based line of a node, for problems. */
  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  static int column(Node node) {
    return node.getStartMark().getColumn() + 1;
  }
}
