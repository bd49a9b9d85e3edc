package io.revbridge.mapping;

import io.revbridge.mapping.transform.TransformArgument;
import io.revbridge.mapping.transform.TransformRegistry;
import io.revbridge.mapping.transform.TransformType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code transforms:} list: bare names ({@code trim}) and one-key maps whose argument is text, a list or a map. */
final class TransformListReader {
  private final TransformRegistry registry;

  TransformListReader(TransformRegistry registry) {
    this.registry = registry;
  }

  /** @return the transforms that could be read; each bad one is reported and left out */
  List<ConfiguredTransform> read(YamlNode.Map field, String parent, Problems problems) {
    YamlNode.Entry entry = field.entry("transforms").orElse(null);
    if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.text() == null) {
      return List.of();
    }
    String key = YamlChecks.path(parent, "transforms");
    if (!(entry.value() instanceof YamlNode.Seq list)) {
      problems.add(entry.value().mark(), key, "`transforms` must be a list, not " + YamlNode.describe(entry.value()),
          "write it as a list, e.g. transforms: [trim, lower]");
      return List.of();
    }
    List<ConfiguredTransform> transforms = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      read(list.items().get(i), key + "[" + i + "]", problems).ifPresent(transforms::add);
    }
    return transforms;
  }

  private Optional<ConfiguredTransform> read(YamlNode item, String key, Problems problems) {
    String name;
    TransformArgument argument = null;
    YamlNode.Mark mark = item.mark();
    if (item instanceof YamlNode.Scalar scalar && scalar.text() != null) {
      name = scalar.text().strip();
    } else if (item instanceof YamlNode.Map map && map.entries().size() == 1) {
      YamlNode.Entry only = map.entries().get(0);
      name = only.key();
      argument = argument(only.value());
    } else {
      problems.add(mark, key, "a transform is a name (trim) or a map with one key ({truncate: 65000}), not "
          + YamlNode.describe(item) + (item instanceof YamlNode.Map ? " with several keys" : ""),
          "write one transform per list item");
      return Optional.empty();
    }
    TransformType type = registry.find(name).orElse(null);
    if (type == null) {
      problems.add(mark, key, "unknown transform `" + name + "`" + Suggestions.didYouMean(name, registry.names()),
          "use one of: " + String.join(", ", registry.names()));
      return Optional.empty();
    }
    if (type.takesArgument() && !type.argumentOptional() && argument == null) {
      problems.add(mark, key, "`" + name + "` needs an argument", "write it as " + type.usage());
      return Optional.empty();
    }
    if (!type.takesArgument() && argument != null) {
      problems.add(mark, key, "`" + name + "` takes no argument", "write it as " + type.usage());
      return Optional.empty();
    }
    try {
      return Optional.of(new ConfiguredTransform(type, type.create(argument), mark, key));
    } catch (IllegalArgumentException e) {
      problems.add(mark, key, e.getMessage(), "write it as " + type.usage());
      return Optional.empty();
    }
  }

  /** The YAML value as a transform argument; positions are not needed past this point. */
  private static TransformArgument argument(YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar) {
      return new TransformArgument.Text(scalar.text());
    }
    if (node instanceof YamlNode.Seq list) {
      return new TransformArgument.Items(list.items().stream().map(TransformListReader::argument).toList());
    }
    Map<String, TransformArgument> fields = new LinkedHashMap<>();
    ((YamlNode.Map) node).entries().forEach(entry -> fields.put(entry.key(), argument(entry.value())));
    return new TransformArgument.Fields(fields);
  }
}
