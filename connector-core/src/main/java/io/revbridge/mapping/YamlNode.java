package io.revbridge.mapping;

import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML document that remembers where each node came from, so every problem can name a line and
 * column. Scalars keep their source text: {@code yes}, {@code 012} and {@code on} stay text until a
 * transform or a canonical type reads them.
 */
public sealed interface YamlNode {
  Mark mark();

  /** Where a node starts; line and column count from 1. */
  record Mark(int line, int column) {}

  /** A scalar; {@code text} is {@code null} for YAML null ({@code ~}, {@code null} or nothing). */
  record Scalar(String text, Mark mark) implements YamlNode {}

  record Seq(List<YamlNode> items, Mark mark) implements YamlNode {}

  record Entry(String key, Mark keyMark, YamlNode value) {}

  record Map(List<Entry> entries, Mark mark) implements YamlNode {
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
  }

  /** A short word for messages: "a list", "a map", "text". */
  static String describe(YamlNode node) {
    if (node instanceof Seq) {
      return "a list";
    }
    if (node instanceof Map) {
      return "a map";
    }
    return ((Scalar) node).text() == null ? "empty" : "text";
  }
}
