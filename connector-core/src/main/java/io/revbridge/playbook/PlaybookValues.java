package io.revbridge.playbook;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reads from one playbook file that report instead of throwing, so a file with five mistakes shows all five.
 * A read that fails returns {@code null} (or empty) after adding its problem; callers build the model only when the
 * file had none.
 */
final class PlaybookValues {
  private final List<MappingProblem> sink;
  private final Problems problems;

  PlaybookValues(String location, List<MappingProblem> sink) {
    this.sink = sink;
    this.problems = new Problems(location, sink);
  }

  void problem(YamlNode.Mark mark, String key, String message, String fix) {
    problems.add(mark, key, message, fix);
  }

  static String path(String parent, String key) {
    return YamlChecks.path(parent, key);
  }

  void knownKeys(YamlNode.Map map, String parent, List<String> allowed) {
    YamlChecks.knownKeys(map, allowed, parent, problems);
  }

  /** The node under a required key, or null after reporting it missing. */
  YamlNode required(YamlNode.Map map, String parent, String key, String example) {
    Optional<YamlNode.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      problem(map.mark(), path(parent, key), "missing required key `" + key + "`", "add " + example);
      return null;
    }
    return entry.get().value();
  }

  YamlNode.Map map(YamlNode.Map parent, String parentPath, String key, String example) {
    YamlNode node = required(parent, parentPath, key, example);
    if (node == null) {
      return null;
    }
    if (node instanceof YamlNode.Map map) {
      return map;
    }
    problem(node.mark(), path(parentPath, key), "`" + key + "` must be a map, not " + YamlNode.describe(node),
        "write it as " + example);
    return null;
  }

  Integer integer(YamlNode.Map map, String parent, String key, int min, int max) {
    YamlNode node = required(map, parent, key, key + ": " + Math.max(min, 0));
    return node == null ? null : integer(node, path(parent, key), min, max);
  }

  Integer optionalInteger(YamlNode.Map map, String parent, String key, int min, int max) {
    return map.entry(key).map(e -> integer(e.value(), path(parent, key), min, max)).orElse(null);
  }

  Integer integer(YamlNode node, String key, int min, int max) {
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    int value;
    try {
      value = Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      problem(node.mark(), key, "`" + key + "` must be a whole number, not "
          + (text == null ? YamlNode.describe(node) : "`" + text + "`"), "write a number from " + min + " to " + max);
      return null;
    }
    if (value < min || value > max) {
      problem(node.mark(), key, "`" + key + "` is " + value + ", outside " + min + " to " + max,
          "write a number from " + min + " to " + max);
      return null;
    }
    return value;
  }

  /** A decimal number within bounds, e.g. a blend weight; null after reporting a bad one. */
  Double decimal(YamlNode.Map map, String parent, String key, double min, double max) {
    YamlNode node = required(map, parent, key, key + ": " + min);
    if (node == null) {
      return null;
    }
    String keyPath = path(parent, key);
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    double value;
    try {
      value = Double.parseDouble(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      problem(node.mark(), keyPath, "`" + keyPath + "` must be a number, not "
          + (text == null ? YamlNode.describe(node) : "`" + text + "`"), "write a number from " + min + " to " + max);
      return null;
    }
    if (!(value >= min && value <= max)) {
      problem(node.mark(), keyPath, "`" + keyPath + "` is " + text.strip() + ", outside " + min + " to " + max,
          "write a number from " + min + " to " + max);
      return null;
    }
    return value;
  }

  /** A possibly empty list of text; null after reporting a value that is not a list of text. */
  List<String> optionalStrings(YamlNode.Map map, String parent, String key, String example) {
    Optional<YamlNode.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    if (entry.get().value() instanceof YamlNode.Seq seq && seq.items().isEmpty()) {
      return List.of();
    }
    return strings(map, parent, key, example);
  }

  /** A non-empty list of text, e.g. industry names. */
  List<String> strings(YamlNode.Map map, String parent, String key, String example) {
    YamlNode node = required(map, parent, key, example);
    if (node == null) {
      return null;
    }
    String keyPath = path(parent, key);
    if (!(node instanceof YamlNode.Seq seq) || seq.items().isEmpty()) {
      problem(node.mark(), keyPath, "`" + key + "` must be a non-empty list", "write it as " + example);
      return null;
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      if (item instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
        values.add(scalar.text().strip());
      } else {
        problem(item.mark(), keyPath + "[" + i + "]", "list items of `" + key + "` must be text",
            "write it as " + example);
        return null;
      }
    }
    return values;
  }

  <E extends Enum<E>> E enumValue(YamlNode node, String key, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String text = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (names.contains(name)) {
      return Enum.valueOf(type, name);
    }
    problem(node.mark(), key, "`" + key + "` cannot be " + (text == null ? YamlNode.describe(node) : "`" + text + "`")
        + YamlDocuments.didYouMean(name, names), "use one of: " + String.join(", ", names));
    return null;
  }

  <E extends Enum<E>> E enumValue(YamlNode.Map map, String parent, String key, Class<E> type) {
    YamlNode node = required(map, parent, key, key + ": " + type.getEnumConstants()[0].name());
    return node == null ? null : enumValue(node, path(parent, key), type);
  }

  int problems() {
    return sink.size();
  }
}
