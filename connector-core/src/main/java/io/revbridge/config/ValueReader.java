package io.revbridge.config;

import io.revbridge.spi.Secret;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one present, non-section value into its type, expanding environment references on the way.
 * A secret's text is never put into a complaint.
 */
final class ValueReader {
  private final EnvExpander env;
  private final Path baseDir;
  private final Consumer<String> onSecret;

  /** @param onSecret told every secret value resolved, so problems can mask it */
  ValueReader(EnvExpander env, Path baseDir, Consumer<String> onSecret) {
    this.env = env;
    this.baseDir = baseDir.toAbsolutePath();
    this.onSecret = onSecret;
  }

  /** Returns a {@code String}, {@code Secret}, {@code Integer}, {@code Path}, list or map, by type. */
  Object read(ConfigKey key, Node node, Section siblings) throws BadValue {
    return switch (key.type()) {
      case STRING -> text(key, node, siblings);
      case SECRET -> secret(key, node, siblings);
      case INT -> integer(key, node, siblings);
      case FOLDER, FILE -> folder(key, node, siblings);
      case STRING_LIST -> list(key, node, siblings);
      case STRING_MAP -> map(key, node, siblings);
      case SECTION, SECTION_LIST -> throw new IllegalArgumentException("sections are walked: " + key.path());
    };
  }

  private String text(ConfigKey key, Node node, Section siblings) throws BadValue {
    if (!(node instanceof ScalarNode scalar)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    return env.expand(scalar.getValue(), placeholder(key, siblings));
  }

  private int integer(ConfigKey key, Node node, Section siblings) throws BadValue {
    String text = text(key, node, siblings).trim();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadValue("expected a whole number, got `" + text + "`",
          "write a number, e.g. `" + key.name() + ": " + key.example() + "`");
    }
  }

  private Path folder(ConfigKey key, Node node, Section siblings) throws BadValue {
    String text = text(key, node, siblings);
    try {
      return baseDir.resolve(text).normalize();
    } catch (InvalidPathException e) {
      throw new BadValue("`" + text + "` is not a valid path", "write a folder path, e.g. `" + key.example() + "`");
    }
  }

  private List<String> list(ConfigKey key, Node node, Section siblings) throws BadValue {
    if (!(node instanceof SequenceNode sequence)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    List<String> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      if (!(nodes.get(i) instanceof ScalarNode item)) {
        throw new BadValue(new Complaint("expected a single value, got " + Nodes.describe(nodes.get(i), false),
            "write the list as `" + key.name() + ": " + key.example() + "`"), nodes.get(i), "[" + i + "]");
      }
      items.add(env.expand(item.getValue(), placeholder(key, siblings)));
    }
    return items;
  }

  private Map<String, String> map(ConfigKey key, Node node, Section siblings) throws BadValue {
    if (!(node instanceof MappingNode mapping)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode name)) {
        throw new BadValue(new Complaint("keys must be plain names", "write `name: value`"), tuple.getKeyNode(), "");
      }
      String suffix = "." + name.getValue();
      if (values.containsKey(name.getValue())) {
        throw new BadValue(new Complaint("is set twice", "keep one"), name, suffix);
      }
      Node value = tuple.getValueNode();
      if (!(value instanceof ScalarNode scalar)) {
        throw new BadValue(new Complaint("expected a single value, got " + Nodes.describe(value, false),
            "options hold text only: write `" + name.getValue() + ": value`"), value, suffix);
      }
      values.put(name.getValue(), Nodes.isAbsent(value) ? "" : env.expand(scalar.getValue(), "value"));
    }
    return values;
  }

  /**
   * Secrets are exactly one {@code ${VAR}}: literal text or a default would put the secret in a file that
   * gets committed, so both are refused without echoing what was written.
   */
  private Secret secret(ConfigKey key, Node node, Section siblings) throws BadValue {
    if (!(node instanceof ScalarNode scalar)) {
      throw new BadValue(Nodes.wrongType(key, node), null, "");
    }
    String raw = scalar.getValue().trim();
    String placeholder = placeholder(key, siblings);
    Matcher reference = EnvExpander.SINGLE_REFERENCE.matcher(raw);
    if (!reference.matches()) {
      String variable = suggestedVariable(key, siblings);
      String fix = "write `" + key.name() + ": ${" + variable + "}` and export " + variable + "=<" + placeholder
          + "> before starting Revbridge";
      throw raw.contains("${")
          ? new BadValue("must be exactly one `${VARIABLE}` reference, with no default and no other text "
              + "(they would put the secret in this file)", fix)
          : new BadValue("secrets must come from the environment, not from this file", fix);
    }
    String name = reference.group(1);
    String value = env.lookup(name).orElseThrow(() -> EnvExpander.notSet(name, placeholder));
    if (value.isEmpty()) {
      throw new BadValue("environment variable " + name + " is empty",
          "export " + name + "=<" + placeholder + "> before starting Revbridge");
    }
    onSecret.accept(value);
    return Secret.of(value);
  }

  /** What the variable behind this key should hold, for {@code export X=<...>} fixes. */
  private static String placeholder(ConfigKey key, Section siblings) {
    if (key.name().equals("accessToken") && siblings.crm().isPresent()) {
      return siblings.crm().get().tokenName();
    }
    return key.example().isEmpty() ? "value" : key.example();
  }

  /** {@code HUBSPOT_MAIN_ACCESS_TOKEN} for connection {@code hubspot-main}, {@code REVBRIDGE_STORE_PASSWORD}. */
  static String suggestedVariable(ConfigKey key, Section siblings) {
    String prefix = siblings.string("name")
        .filter(n -> n.matches("[a-z][a-z0-9-]*"))
        .or(() -> siblings.string("crm").filter(c -> CrmKind.byName(c).isPresent()))
        .orElse(key.parentPath().isEmpty() ? "revbridge" : "revbridge-" + key.parentPath().replace("[]", ""));
    String keyPart = key.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    return (prefix.replace('-', '_') + "_" + keyPart).toUpperCase(Locale.ROOT);
  }
}
