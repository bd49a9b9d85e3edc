package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads YAML text the way the app does and returns what the admin would see. */
final class ConfigTesting {
  static final Map<String, String> ENV = Map.of("HUBSPOT_ACCESS_TOKEN", "pat-na1-secret-token-value");

  /** The smallest valid file; tests append to it or replace it. */
  static final String MINIMAL =
      """
      connections:
        - name: hubspot
          crm: hubspot
          accessToken: ${HUBSPOT_ACCESS_TOKEN}
      """;

  private ConfigTesting() {}

  static RevbridgeConfig load(String yaml, Path dir) {
    return load(yaml, dir, ENV);
  }

  static RevbridgeConfig load(String yaml, Path dir, Map<String, String> env) {
    return ConfigLoader.fromYaml(yaml, "revbridge.yaml", dir, env);
  }

  static List<ConfigProblem> problems(String yaml, Path dir) {
    return problems(yaml, dir, ENV);
  }

  /** Fails unless loading throws a {@link ConfigException}; returns its problems. */
  static List<ConfigProblem> problems(String yaml, Path dir, Map<String, String> env) {
    ConfigException[] thrown = new ConfigException[1];
    assertThatThrownBy(() -> load(yaml, dir, env))
        .isInstanceOfSatisfying(ConfigException.class, e -> thrown[0] = e);
    return thrown[0].problems();
  }

  /** The single problem of a file with exactly one thing wrong. */
  static ConfigProblem onlyProblem(String yaml, Path dir) {
    return onlyProblem(yaml, dir, ENV);
  }

  static ConfigProblem onlyProblem(String yaml, Path dir, Map<String, String> env) {
    List<ConfigProblem> problems = problems(yaml, dir, env);
    if (problems.size() != 1) {
      throw new AssertionError("expected one problem, got:\n" + new ConfigException(problems).getMessage());
    }
    return problems.get(0);
  }
}
