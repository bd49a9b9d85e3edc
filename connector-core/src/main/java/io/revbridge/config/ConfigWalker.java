package io.revbridge.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a parsed file against a {@link ConfigDef}: reads every declared key (or its default), and
 * records every problem instead of stopping at the first, so one run reports them all. One walker per
 * load; not thread-safe.
 */
final class ConfigWalker {
  private final ConfigDef def;
  private final ValueReader reader;
  private final Problems problems;
  /** For {@code unique} keys: declared path → value → the node where it first appeared. */
  private final Map<String, Map<Object, Node>> seen = new HashMap<>();

  ConfigWalker(ConfigDef def, ValueReader reader, Problems problems) {
    this.def = def;
    this.reader = reader;
    this.problems = problems;
  }

  /** The top-level values; complete (every default applied) only when no problem was recorded. */
  Section walk(MappingNode root) {
    Section top = new Section();
    walkSection(root, root, "", "", top);
    return top;
  }

  /**
   * @param node the section's mapping, or null when the section is absent (its defaults still apply)
   * @param anchor where problems about missing keys point: the section, or the nearest present parent
   */
  private void walkSection(MappingNode node, Node anchor, String declared, String prefix, Section out) {
    Map<String, Node> present = node == null ? Map.of() : presentKeys(node, declared, prefix);
    for (ConfigKey key : def.children(declared)) {
      String fullKey = prefix.isEmpty() ? key.name() : prefix + "." + key.name();
      Node value = present.get(key.name());
      if (Nodes.isAbsent(value)) {
        absent(key, fullKey, value != null ? value : anchor, out);
      } else {
        readPresent(key, fullKey, value, out);
      }
    }
  }

  /** The section's keys by name, after reporting unknown, duplicated and non-text keys. */
  private Map<String, Node> presentKeys(MappingNode node, String declared, String prefix) {
    Map<String, Node> present = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new HashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.add(tuple.getKeyNode(), prefix, new Complaint("keys must be plain names", "write `name: value`"));
        continue;
      }
      String name = keyNode.getValue();
      String fullKey = prefix.isEmpty() ? name : prefix + "." + name;
      if (def.children(declared).stream().noneMatch(k -> k.name().equals(name))) {
        problems.add(keyNode, fullKey, UnknownKeys.complaint(def, declared, name));
      } else if (keyNodes.containsKey(name)) {
        problems.add(keyNode, fullKey, new Complaint(
            "is set twice (first on line " + Nodes.line(keyNodes.get(name)) + ")", "keep only one"));
      } else {
        keyNodes.put(name, keyNode);
        present.put(name, tuple.getValueNode());
      }
    }
    return present;
  }

  private void absent(ConfigKey key, String fullKey, Node at, Section out) {
    if (key.requirement().requiredIn(out)) {
      problems.add(at, fullKey, new Complaint("is required", missingFix(key, out)));
      return;
    }
    if (key.type() == ConfigType.SECTION) {
      Section child = new Section();
      walkSection(null, at, key.childPath(), fullKey, child);
      out.put(key.name(), child);
    } else if (key.type() == ConfigType.SECTION_LIST) {
      out.put(key.name(), List.of());
    } else {
      key.defaultValue().value().apply(out).ifPresent(v -> out.put(key.name(), v));
    }
  }

  private void readPresent(ConfigKey key, String fullKey, Node node, Section out) {
    Object value;
    try {
      value = switch (key.type()) {
        case SECTION -> section(key, fullKey, node);
        case SECTION_LIST -> sectionList(key, fullKey, node);
        default -> reader.read(key, node, out);
      };
    } catch (BadValue bad) {
      Node at = bad.at() == null ? node : bad.at();
      problems.add(at, fullKey + (bad.at() == null ? "" : bad.keySuffix()), bad.complaint());
      return;
    }
    Optional<Complaint> invalid = key.validator().check(value, out);
    if (invalid.isPresent()) {
      Complaint complaint = invalid.get();
      if (complaint.item() >= 0 && node instanceof SequenceNode list) {
        problems.add(list.getValue().get(complaint.item()), fullKey + "[" + complaint.item() + "]", complaint);
      } else {
        problems.add(node, fullKey, complaint);
      }
      return;
    }
    if (key.unique()) {
      checkUnique(key, fullKey, node, value);
    }
    out.put(key.name(), value);
  }

  private Section section(ConfigKey key, String fullKey, Node node) throws BadValue {
    if (!(node instanceof MappingNode mapping)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    Section child = new Section();
    walkSection(mapping, mapping, key.childPath(), fullKey, child);
    return child;
  }

  private List<Section> sectionList(ConfigKey key, String fullKey, Node node) throws BadValue {
    if (!(node instanceof SequenceNode sequence)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    List<Section> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      String itemKey = fullKey + "[" + i + "]";
      if (nodes.get(i) instanceof MappingNode mapping) {
        Section item = new Section();
        walkSection(mapping, mapping, key.childPath(), itemKey, item);
        items.add(item);
      } else {
        problems.add(nodes.get(i), itemKey, new Complaint("expected a section of keys, got "
            + Nodes.describe(nodes.get(i), false), "write each entry as `- name: hubspot-main` with its keys "
            + "indented below"));
      }
    }
    return items;
  }

  private void checkUnique(ConfigKey key, String fullKey, Node node, Object value) {
    Map<Object, Node> values = seen.computeIfAbsent(key.path(), p -> new HashMap<>());
    Node first = values.putIfAbsent(value, node);
    if (first != null) {
      problems.add(node, fullKey, new Complaint("`" + value + "` is already used on line " + Nodes.line(first),
          key.name() + "s must be unique: rename one"));
    }
  }

  private static String missingFix(ConfigKey key, Section siblings) {
    if (key.type() == ConfigType.SECTION_LIST) {
      return "add `" + key.name() + ":` with at least one entry (see docs/revbridge.example.yaml)";
    }
    String example = key.secret()
        ? "${" + ValueReader.suggestedVariable(key, siblings) + "}"
        : key.example();
    String rule = key.validator().describe().replaceFirst("\\.$", "");
    return "add `" + key.name() + ": " + example + "`"
        + (rule.isEmpty() ? "" : " (" + Character.toLowerCase(rule.charAt(0)) + rule.substring(1) + ")")
        + (key.secret() ? " and export " + ValueReader.suggestedVariable(key, siblings) : "");
  }
}
