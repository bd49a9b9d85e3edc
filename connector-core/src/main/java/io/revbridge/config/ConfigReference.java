package io.revbridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates {@code docs/config-reference.md} from the key declarations, so the docs cannot drift from
 * what the loader accepts. A test fails when the committed file differs; {@link #main} rewrites it.
 */
public final class ConfigReference {
  /** Run from the repository root; the generator needs only the module's own classes. */
  public static final String REGENERATE_COMMAND =
      "mvn -o -q -pl connector-core compile && java -cp connector-core/target/classes "
          + "io.revbridge.config.ConfigReference";

  static final Path DOC = Path.of("docs", "config-reference.md");

  private ConfigReference() {}

  /** Rewrites the reference: at {@code args[0]} if given, else {@code docs/config-reference.md} of the repo. */
  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : repositoryRoot(Path.of("")).resolve(DOC);
    Files.writeString(target, markdown());
    System.out.println("wrote " + target.toAbsolutePath().normalize());
  }

  /** The folder above {@code start} (or itself) that holds {@code docs/} and {@code connector-core/}. */
  static Path repositoryRoot(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("connector-core"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root (with docs/ and connector-core/) above " + start.toAbsolutePath());
  }

  public static String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("# `revbridge.yaml` reference");
    lines.add("");
    lines.add("<!-- Generated from io.revbridge.config.RevbridgeKeys. Do not edit by hand; regenerate from the");
    lines.add("     repository root with: " + REGENERATE_COMMAND + " -->");
    lines.add("");
    lines.add("Revbridge reads one YAML file. Every problem in it is reported at start, all at once, as");
    lines.add("`FILE:LINE:COL: KEY: what is wrong — fix`. See `revbridge.example.yaml` for a commented example.");
    lines.add("");
    lines.add("- Any string value may use `${VAR}` or `${VAR:-default}` (the default applies when `VAR` is unset or");
    lines.add("  empty); `$${` writes a literal `${`.");
    lines.add("- Keys of type *secret* must be exactly one `${VAR}` reference, so tokens never sit in a file that");
    lines.add("  gets committed. Their values are never shown in messages or logs.");
    lines.add("- Relative folder paths resolve against the folder that holds the config file.");
    lines.add("- `connections[].x` is key `x` of each entry of the `connections` list.");
    lines.add("");
    lines.add("| key | type | default | description |");
    lines.add("|---|---|---|---|");
    for (ConfigKey key : RevbridgeKeys.DEF.keys()) {
      lines.add("| `" + key.path() + "` | " + key.type().docName() + " | " + cell(defaultOf(key)) + " | "
          + cell(description(key)) + " |");
    }
    return String.join("\n", lines) + "\n";
  }

  private static String defaultOf(ConfigKey key) {
    return key.defaultValue().doc().isEmpty() ? "—" : key.defaultValue().doc();
  }

  private static String description(ConfigKey key) {
    List<String> parts = new ArrayList<>(List.of(key.doc()));
    if (!key.requirement().doc().isEmpty()) {
      parts.add(key.requirement().doc());
    }
    if (key.unique()) {
      parts.add("Unique.");
    }
    if (!key.validator().describe().isEmpty()) {
      parts.add(key.validator().describe());
    }
    if (key.secret()) {
      parts.add("Must be a `${VAR}` reference.");
    }
    return String.join(" ", parts);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
