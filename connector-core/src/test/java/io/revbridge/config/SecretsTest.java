package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.load;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static io.revbridge.config.ConfigTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets come only from the environment and never show up in messages or toString. */
class SecretsTest {
  private static final String TOKEN = "pat-na1-0f3c2b9e-secret";

  @TempDir Path dir;

  @Test
  void missingEnvironmentVariableNamesTheKeyTheVariableAndTheExport() {
    ConfigProblem problem = onlyProblem("""
        connections:
          - name: hubspot
            crm: hubspot
            objects: [contacts]
            baseUrl: https://api.hubapi.com
            options: {}
            accessToken: ${HUBSPOT_TOKEN}
        """, dir, Map.of());

    assertThat(problem).hasToString("revbridge.yaml:7:18: connections[0].accessToken: environment variable "
        + "HUBSPOT_TOKEN is not set — export HUBSPOT_TOKEN=<private app token> before starting Revbridge");
  }

  @Test
  void missingVariableInAnOrdinaryValueIsReportedToo() {
    ConfigProblem problem = onlyProblem("server:\n  port: ${PORT}\n" + ConfigTesting.MINIMAL, dir);

    assertThat(problem.key()).isEqualTo("server.port");
    assertThat(problem.message()).isEqualTo("environment variable PORT is not set");
    assertThat(problem.fix()).isEqualTo("export PORT=<8080> before starting Revbridge");
  }

  @Test
  void literalSecretIsRefusedWithoutRepeatingIt() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: hubspot\n    crm: hubspot\n    accessToken: "
        + TOKEN + "\n", dir);

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.key()).isEqualTo("connections[0].accessToken");
    assertThat(problem.message()).isEqualTo("secrets must come from the environment, not from this file");
    assertThat(problem.fix()).isEqualTo("write `accessToken: ${HUBSPOT_ACCESS_TOKEN}` and export "
        + "HUBSPOT_ACCESS_TOKEN=<private app token> before starting Revbridge");
    assertThat(problem.toString()).doesNotContain(TOKEN);
  }

  @Test
  void secretWithADefaultOrSurroundingTextIsRefused() {
    List<ConfigProblem> problems = problems("""
        store:
          password: ${DB_PASSWORD:-hunter2}
        connections:
          - name: hubspot
            crm: hubspot
            accessToken: Bearer ${HUBSPOT_ACCESS_TOKEN}
        """, dir);

    assertThat(problems).extracting(ConfigProblem::key).containsExactly("store.password", "connections[0].accessToken");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("must be exactly one `${VARIABLE}`"));
    assertThat(problems.get(0).fix()).contains("${REVBRIDGE_STORE_PASSWORD}").contains("<database password>");
    assertThat(new ConfigException(problems).getMessage()).doesNotContain("hunter2").doesNotContain("pat-na1");
  }

  @Test
  void secretSetToAnEmptyVariableIsRefused() {
    ConfigProblem problem = onlyProblem(ConfigTesting.MINIMAL, dir, Map.of("HUBSPOT_ACCESS_TOKEN", ""));

    assertThat(problem.message()).isEqualTo("environment variable HUBSPOT_ACCESS_TOKEN is empty");
  }

  @Test
  void secretWrittenAsAListDoesNotShowItsContent() {
    ConfigProblem problem = onlyProblem(ConfigTesting.MINIMAL + "    clientSecret: [" + TOKEN + "]\n", dir);

    assertThat(problem.message()).isEqualTo("expected a single `${VAR}` reference, got a list");
    assertThat(problem.toString()).doesNotContain(TOKEN);
  }

  @Test
  void secretsFromTheEnvironmentNeverAppearInAnyMessage() {
    Map<String, String> env = Map.of("HUBSPOT_ACCESS_TOKEN", TOKEN, "BASE", TOKEN, "PORT", TOKEN);
    List<ConfigProblem> problems = problems("""
        server:
          port: ${PORT:-x}
        connections:
          - name: hubspot
            crm: hubspot
            baseUrl: ${BASE}
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
            clientSecret: ${HUBSPOT_ACCESS_TOKEN}
        store:
          url: ${BASE}
        """, dir, env);

    assertThat(problems).extracting(ConfigProblem::key).contains("connections[0].baseUrl", "store.url");
    assertThat(new ConfigException(problems).getMessage()).doesNotContain(TOKEN);
  }

  @Test
  void loadedConfigPrintsSecretsMasked() {
    RevbridgeConfig config = load("""
        store:
          url: jdbc:postgresql://db/revbridge
          password: ${DB_PASSWORD}
        connections:
          - name: hubspot
            crm: hubspot
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
            clientSecret: ${HUBSPOT_CLIENT_SECRET}
        """, dir, Map.of("DB_PASSWORD", "db-" + TOKEN, "HUBSPOT_ACCESS_TOKEN", TOKEN, "HUBSPOT_CLIENT_SECRET", "cs-" + TOKEN));

    assertThat(config.toString()).doesNotContain(TOKEN).contains("****");
    assertThat(config.connections().get(0).toSettings().toString()).doesNotContain(TOKEN);
    assertThat(config.connections().get(0).accessToken()).contains(Secret.of(TOKEN));
    assertThat(config.store().password().map(Secret::reveal)).contains("db-" + TOKEN);
  }
}
