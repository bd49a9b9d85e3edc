package io.revbridge.app;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config} option shared by the commands that work on a configured installation. */
final class ConfigOption {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "revbridge.yaml",
      description = "Configuration file (default: ${DEFAULT-VALUE}).")
  Path file;

  RevbridgeConfig load(Map<String, String> env) {
    return ConfigLoader.load(file, env);
  }
}
