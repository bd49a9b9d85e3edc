package io.revbridge.routing;

import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import java.math.BigDecimal;
import java.util.List;

/** Typed reads of playbook YAML on top of the mapping files' checks; every bad value is reported with its line. */
final class PlaybookYaml {
  private PlaybookYaml() {}

  /** The node as a map, or null after reporting what it is instead. */
  static YamlNode.Map asMap(YamlNode node, String path, Problems problems, String example) {
    if (node instanceof YamlNode.Map map) {
      return map;
    }
    problems.add(node.mark(), path, "must be a map, not " + YamlNode.describe(node), "write it as " + example);
    return null;
  }

  /** The value of an optional list key; empty when absent, null-free. */
  static List<YamlNode> list(YamlNode.Map map, String key, String parent, Problems problems, String example) {
    YamlNode.Entry entry = map.entry(key).orElse(null);
    if (entry == null || entry.value() instanceof YamlNode.Scalar s && s.text() == null) {
      return List.of();
    }
    if (entry.value() instanceof YamlNode.Seq seq) {
      return seq.items();
    }
    problems.add(entry.value().mark(), YamlChecks.path(parent, key), "`" + key + "` must be a list, not "
        + YamlNode.describe(entry.value()), "write it as " + example);
    return List.of();
  }

  static int integer(YamlNode.Map map, String key, String parent, Problems problems, int fallback, int min, int max) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": " + fallback);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notAnInt) {
      // reported below
    }
    problems.add(YamlChecks.valueMark(map, key), YamlChecks.path(parent, key),
        "`" + key + "` is '" + text + "', not a whole number from " + min + " to " + max, "e.g. " + key + ": " + fallback);
    return fallback;
  }

  static BigDecimal decimal(YamlNode.Map map, String key, String parent, Problems problems) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": 1000");
    if (text == null) {
      return null;
    }
    BigDecimal value = Facts.number(text.replace("_", ""));
    if (value == null) {
      problems.add(YamlChecks.valueMark(map, key), YamlChecks.path(parent, key),
          "`" + key + "` is '" + text + "', not a number", "e.g. " + key + ": 1000");
    }
    return value;
  }

  static boolean bool(YamlNode.Map map, String key, String parent, Problems problems) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": true");
    if (text == null || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (!text.equalsIgnoreCase("true")) {
      problems.add(YamlChecks.valueMark(map, key), YamlChecks.path(parent, key),
          "`" + key + "` is '" + text + "', not true or false", key + ": true");
    }
    return text.equalsIgnoreCase("true");
  }

  /** A scalar or a list of scalars, as text. */
  static List<String> texts(YamlNode node, String path, Problems problems) {
    if (node instanceof YamlNode.Scalar s) {
      return s.text() == null ? List.of() : List.of(s.text().strip());
    }
    if (node instanceof YamlNode.Seq seq && seq.items().stream().allMatch(i -> i instanceof YamlNode.Scalar)) {
      return seq.items().stream().map(i -> ((YamlNode.Scalar) i).text()).filter(t -> t != null)
          .map(String::strip).toList();
    }
    problems.add(node.mark(), path, "must be a value or a list of values, not " + YamlNode.describe(node),
        "e.g. [a, b]");
    return List.of();
  }
}
