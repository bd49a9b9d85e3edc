package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and sub-command answers {@code --help} with its usage, as README promises. */
class CliHelpTest {
  static Stream<String> commandPaths() {
    List<String> paths = new ArrayList<>();
    collect(new CommandLine(new RevbridgeMain(Map.of())), "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, String prefix, List<String> paths) {
    command.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        String path = (prefix + " " + name).strip();
        paths.add(path);
        collect(sub, path, paths);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("commandPaths")
  void helpPrintsTheUsage(String path) {
    String[] args = Stream.concat(Stream.of(path.split(" ")), Stream.of("--help")).toArray(String[]::new);

    Cli cli = Cli.run(Map.of(), args);

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("Usage: revbridge " + path);
  }
}
