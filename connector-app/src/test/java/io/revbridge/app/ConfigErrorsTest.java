package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a user sees for each kind of bad configuration: exit code 2 and a message naming the key. */
class ConfigErrorsTest {
  private static final Map<String, String> ENV = Map.of("HUBSPOT_TOKEN", "pat-na1-secret-value");
  private static final String GOOD_CONNECTION = """
      connections:
        - name: main
          crm: hubspot
          accessToken: ${HUBSPOT_TOKEN}
      """;

  @TempDir Path folder;

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        Arguments.of("unknown key", GOOD_CONNECTION + "sevrer:\n  port: 8080\n", "sevrer"),
        Arguments.of("wrong type", GOOD_CONNECTION + "server:\n  port: eighty\n", "server.port"),
        Arguments.of("port out of range", GOOD_CONNECTION + "server:\n  port: 70000\n", "server.port"),
        Arguments.of("unknown crm", GOOD_CONNECTION.replace("crm: hubspot", "crm: pipedrive"), "connections[0].crm"),
        Arguments.of("missing name", GOOD_CONNECTION.replace("- name: main\n    ", "- "), "connections[0].name"),
        Arguments.of("missing secret variable", GOOD_CONNECTION.replace("HUBSPOT_TOKEN", "NOT_SET_ANYWHERE"),
            "connections[0].accessToken"),
        Arguments.of("literal secret", GOOD_CONNECTION.replace("${HUBSPOT_TOKEN}", "pat-na1-literal"),
            "connections[0].accessToken"),
        Arguments.of("bad base URL", GOOD_CONNECTION + "    baseUrl: not a url\n", "connections[0].baseUrl"),
        Arguments.of("unknown object", GOOD_CONNECTION + "    objects: [contacts, leads]\n", "connections[0].objects"),
        Arguments.of("missing mappings folder", GOOD_CONNECTION + "mappings: ./no-such-folder\n", "mappings"),
        Arguments.of("bad store url", GOOD_CONNECTION + "store:\n  url: jdbc:oracle:thin:@x\n", "store.url"),
        Arguments.of("hand-off to no such connection", GOOD_CONNECTION + "handoff:\n  from: main\n  to: sales\n",
            "handoff.to: no connection is named `sales`"),
        Arguments.of("hand-off to a HubSpot connection", GOOD_CONNECTION + "handoff:\n  from: main\n  to: main\n",
            "handoff.to: connection `main` is hubspot, not salesforce"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badConfigs")
  void badConfigurationExitsWithTwoAndNamesTheKey(String what, String yaml, String key) throws IOException {
    Path file = folder.resolve("revbridge.yaml");
    Files.writeString(file, yaml);

    Cli cli = Cli.run(ENV, "sync", "--once", "--config", file.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("revbridge.yaml:").contains(key).doesNotContain("pat-na1-secret-value");
  }

  @Test
  void missingConfigFileExitsWithTwoAndNamesTheFile() {
    Cli cli = Cli.run(ENV, "check", "--config", folder.resolve("nope.yaml").toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("nope.yaml");
  }

  @Test
  void badMappingFileExitsWithTwoAndNamesFileLineAndKey() throws IOException {
    Path mappings = Files.createDirectories(folder.resolve("mappings/hubspot"));
    Files.writeString(mappings.resolve("contacts.yaml"), """
        crm: hubspot
        object: contacts
        canonical: person
        fields:
          - crm: email
            canonical: email
            transforms: [lowercase]
        """);
    Path file = folder.resolve("revbridge.yaml");
    Files.writeString(file, GOOD_CONNECTION + "mappings: ./mappings\n");

    Cli cli = Cli.run(ENV, "sync", "--once", "--config", file.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("contacts.yaml:7:").contains("lowercase").contains("lower");
  }

  @Test
  void unknownCommandOrOptionExitsWithTwo() {
    assertThat(Cli.run(ENV, "frobnicate").exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(Cli.run(ENV, "sync", "--config", "x.yaml").exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
  }
}
