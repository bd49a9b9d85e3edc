package io.revbridge.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Loads {@code revbridge.yaml}: parses it, expands {@code ${VAR}} references, checks every key against
 * {@code RevbridgeKeys} and applies defaults. All problems of a file are reported together in one
 * {@link ConfigException}; nothing is half-loaded. Stateless and thread-safe. Reads the environment only
 * through the map it is given, so tests never depend on the real one.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * @param file its path as given is how problems name it; relative folders resolve against its folder
   * @param env the environment, normally {@code System.getenv()}
   * @throws ConfigException when the file is missing, unreadable or has any problem
   */
  public static RevbridgeConfig load(Path file, Map<String, String> env) {
    String name = file.toString();
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw fileProblem(name, absolute + " is a folder, not a file", "give the path of the YAML file itself");
    }
    if (!Files.exists(absolute)) {
      throw fileProblem(name, "file not found: " + absolute,
          "create it (docs/revbridge.example.yaml is a commented example) or give the right path");
    }
    String text;
    try {
      text = Files.readString(absolute);
    } catch (CharacterCodingException e) {
      throw fileProblem(name, absolute + " is not UTF-8 text", "save the file as UTF-8");
    } catch (IOException e) {
      throw fileProblem(name, absolute + " cannot be read (" + e.getClass().getSimpleName() + ")",
          "check that the file is readable by the user running Revbridge");
    }
    return check(text, name, absolute.getParent(), absolute, env);
  }

  /**
   * Loads a config held in memory (tests, the sandbox demo) exactly as {@link #load} would a file.
   *
   * @param fileName how problems name the source
   * @param baseDir what relative folders resolve against
   */
  public static RevbridgeConfig fromYaml(String yaml, String fileName, Path baseDir, Map<String, String> env) {
    Path dir = baseDir.toAbsolutePath().normalize();
    return check(yaml, fileName, dir, dir.resolve(fileName), env);
  }

  private static RevbridgeConfig check(String text, String name, Path baseDir, Path source, Map<String, String> env) {
    Problems problems = new Problems(name);
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<MappingNode> root = YamlParser.parse(withoutBom, source.toString(), problems);
    if (root.isEmpty()) {
      throw problems.toException();
    }
    ValueReader reader = new ValueReader(new EnvExpander(env), baseDir, problems::redact);
    Section top = new ConfigWalker(RevbridgeKeys.DEF, reader, problems).walk(root.get());
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return ConfigAssembler.assemble(top, source);
  }

  private static ConfigException fileProblem(String name, String message, String fix) {
    return new ConfigException(List.of(new ConfigProblem(name, 0, 0, "", message, fix)));
  }
}
