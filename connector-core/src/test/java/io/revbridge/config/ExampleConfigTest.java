package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/revbridge.example.yaml is what admins copy: it must load as it is, and with Salesforce enabled. */
class ExampleConfigTest {
  private static final Path EXAMPLE =
      ConfigReference.repositoryRoot(Path.of("")).resolve("docs").resolve("revbridge.example.yaml");

  @Test
  void exampleLoadsWithTheVariablesItReferencesSet() throws IOException {
    String yaml = Files.readString(EXAMPLE);

    RevbridgeConfig config = ConfigLoader.fromYaml(yaml, "revbridge.example.yaml", EXAMPLE.getParent(), envFor(yaml));

    assertThat(config.connections()).extracting(ConnectionConfig::name).containsExactly("hubspot");
    ConnectionConfig hubspot = config.connection("hubspot").orElseThrow();
    assertThat(hubspot.accessToken()).isPresent();
    assertThat(hubspot.clientSecret()).isPresent();
    assertThat(hubspot.objects()).containsExactly("contacts", "companies", "deals");
    assertThat(config.server().port()).isEqualTo(8080);
  }

  @Test
  void exampleSalesforceConnectionLoadsOnceUncommented() throws IOException {
    String yaml = uncommentSalesforce(Files.readString(EXAMPLE));

    RevbridgeConfig config = ConfigLoader.fromYaml(yaml, "revbridge.example.yaml", EXAMPLE.getParent(), envFor(yaml));

    assertThat(config.connections()).extracting(ConnectionConfig::crm).containsExactly("hubspot", "salesforce");
    assertThat(config.connection("salesforce").orElseThrow().objects())
        .containsExactly("Lead", "Contact", "Account", "Opportunity");
  }

  /** Every {@code ${VAR}} the text references, each set to a dummy value. */
  private static Map<String, String> envFor(String yaml) {
    Map<String, String> env = new HashMap<>();
    Matcher reference = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(yaml);
    while (reference.find()) {
      env.put(reference.group(1), "value-of-" + reference.group(1));
    }
    env.put("REVBRIDGE_PORT", "8080");
    return env;
  }

  /** Removes the {@code "# "} from the lines between the salesforce markers, as an admin would. */
  private static String uncommentSalesforce(String yaml) {
    boolean[] inside = {false};
    String result = yaml.lines().map(line -> {
      if (line.contains("# --- salesforce ---")) {
        inside[0] = true;
        return "";
      }
      if (line.contains("# --- end salesforce ---")) {
        inside[0] = false;
        return "";
      }
      return inside[0] ? line.replaceFirst("# ", "") : line;
    }).collect(Collectors.joining("\n"));
    assertThat(result).as("markers found").contains("crm: salesforce").doesNotContain("#   crm: salesforce");
    return result;
  }
}
