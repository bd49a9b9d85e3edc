package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.MINIMAL;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static io.revbridge.config.ConfigTesting.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One kind of bad value per test: each problem names the line, the key and the fix. */
class ConfigErrorsTest {
  @TempDir Path dir;

  @Test
  void unknownKeyIsReportedWithTheClosestKnownKey() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    baseurl: http://127.0.0.1:8089\n", dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("connections[0].baseurl");
    assertThat(problem.message()).isEqualTo("is not a known key");
    assertThat(problem.fix()).isEqualTo("did you mean `baseUrl`?");
    assertThat(problem).hasToString(
        "revbridge.yaml:5:5: connections[0].baseurl: is not a known key — did you mean `baseUrl`?");
  }

  @Test
  void keyInTheWrongSectionPointsToWhereItBelongs() {
    ConfigProblem problem = onlyProblem("port: 9090\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.key()).isEqualTo("port");
    assertThat(problem.fix()).contains("`server.port`").contains("under `server:`");
  }

  @Test
  void unknownKeyWithNothingCloseListsTheKnownKeys() {
    ConfigProblem problem = onlyProblem("server:\n  colour: blue\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("server.colour");
    assertThat(problem.fix()).isEqualTo("remove it; the keys here are port, webhookMaxBytes, webhookConcurrency, webhookWaitMillis");
  }

  @Test
  void wordWhereANumberIsExpectedNamesTheExpectedType() {
    ConfigProblem problem = onlyProblem("server:\n  port: eighty\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(9);
    assertThat(problem.key()).isEqualTo("server.port");
    assertThat(problem.message()).isEqualTo("expected a whole number, got `eighty`");
    assertThat(problem.fix()).isEqualTo("write a number, e.g. `port: 8080`");
  }

  @Test
  void listWhereASectionIsExpectedNamesTheExpectedType() {
    ConfigProblem problem = onlyProblem("server: [8080]\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.key()).isEqualTo("server");
    assertThat(problem.message()).isEqualTo("expected a section of keys, got a list");
    assertThat(problem.fix()).contains("below `server:`");
  }

  @Test
  void singleConnectionWrittenWithoutADashIsAWrongType() {
    ConfigProblem problem = onlyProblem("connections:\n  name: hubspot\n  crm: hubspot\n", dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("connections");
    assertThat(problem.message()).isEqualTo("expected a list of sections, got a map");
    assertThat(problem.fix()).contains("`- name: hubspot-main`");
  }

  @Test
  void objectsWrittenAsOneWordMustBeAList() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    objects: contacts\n", dir);

    assertThat(problem.key()).isEqualTo("connections[0].objects");
    assertThat(problem.message()).isEqualTo("expected a list of values, got `contacts`");
    assertThat(problem.fix()).isEqualTo("write a list, e.g. `objects: [contacts, companies]`");
  }

  @Test
  void optionsHoldTextOnly() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    options:\n      regions: [eu, us]\n", dir);

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.key()).isEqualTo("connections[0].options.regions");
    assertThat(problem.message()).isEqualTo("expected a single value, got a list");
  }

  @Test
  void connectionWithoutNameOrCrmGetsOneProblemForEach() {
    List<ConfigProblem> problems = problems("""
        connections:
          - objects: [contacts]
        """, dir);

    assertThat(problems).extracting(ConfigProblem::key).containsExactly("connections[0].name", "connections[0].crm");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).isEqualTo("is required");
    });
    assertThat(problems.get(0).fix()).isEqualTo("add `name: hubspot-main` (matches `[a-z0-9][a-z0-9-]{0,39}`)");
    assertThat(problems.get(1).fix()).isEqualTo("add `crm: hubspot` (one of `hubspot`, `salesforce`)");
  }

  @Test
  void hubspotConnectionWithoutAccessTokenSaysWhichVariableToExport() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: hubspot-main\n    crm: hubspot\n", dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("connections[0].accessToken");
    assertThat(problem.fix())
        .isEqualTo("add `accessToken: ${HUBSPOT_MAIN_ACCESS_TOKEN}` and export HUBSPOT_MAIN_ACCESS_TOKEN");
  }

  @Test
  void unsupportedCrmListsTheSupportedOnes() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: crm\n    crm: hubspt\n", dir);

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo(10);
    assertThat(problem.key()).isEqualTo("connections[0].crm");
    assertThat(problem.message()).isEqualTo("`hubspt` is not supported");
    assertThat(problem.fix()).isEqualTo("did you mean `hubspot`? use one of `hubspot`, `salesforce`");
  }

  @Test
  void duplicateConnectionNamesPointAtTheSecondAndNameTheFirst() {
    ConfigProblem problem = onlyProblem(MINIMAL + """
          - name: hubspot
            crm: salesforce
        """, dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("connections[1].name");
    assertThat(problem.message()).isEqualTo("`hubspot` is already used on line 2");
    assertThat(problem.fix()).isEqualTo("names must be unique: rename one");
  }

  @Test
  void connectionNameMustBeUsableInAUrl() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: HubSpot Main\n    crm: salesforce\n", dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("connections[0].name");
    assertThat(problem.message()).isEqualTo("`HubSpot Main` is not a valid name");
    assertThat(problem.fix()).contains("lowercase letters, digits and dashes").contains("`hubspot-main`");
  }

  @Test
  void portOutOfRangeStatesTheRange() {
    ConfigProblem problem = onlyProblem("server:\n  port: 70000\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("server.port");
    assertThat(problem.message()).isEqualTo("70000 is out of range");
    assertThat(problem.fix()).isEqualTo("use a number from 1 to 65535");
  }

  @Test
  void webhookIntakeBoundsOutOfRangeNameTheirKeyAndRange() {
    ConfigProblem concurrency = onlyProblem("server:\n  webhookConcurrency: 0\n" + MINIMAL, dir);
    ConfigProblem wait = onlyProblem("server:\n  webhookWaitMillis: 6000\n" + MINIMAL, dir);

    assertThat(concurrency.key()).isEqualTo("server.webhookConcurrency");
    assertThat(concurrency.fix()).isEqualTo("use a number from 1 to 1024");
    assertThat(wait.key()).isEqualTo("server.webhookWaitMillis");
    assertThat(wait.fix()).isEqualTo("use a number from 0 to 4500");
  }

  @Test
  void pollIntervalBelowFiveSecondsIsRefused() {
    ConfigProblem problem = onlyProblem("sync:\n  pollIntervalSeconds: 1\n" + MINIMAL, dir);

    assertThat(problem.key()).isEqualTo("sync.pollIntervalSeconds");
    assertThat(problem.fix()).isEqualTo("use a number from 5 to 86400");
  }

  @Test
  void baseUrlMustBeHttpWithAHost() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    baseUrl: api.hubapi.com\n", dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("connections[0].baseUrl");
    assertThat(problem.message()).isEqualTo("is not an http(s) URL with a host");
    assertThat(problem.fix()).contains("`https://api.hubapi.com`");
  }

  @Test
  void storeUrlMustBeH2OrPostgres() {
    ConfigProblem problem = onlyProblem("store:\n  url: jdbc:mysql://db/revbridge\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.key()).isEqualTo("store.url");
    assertThat(problem.message()).isEqualTo("must start with `jdbc:h2:` or `jdbc:postgresql:`");
  }

  @Test
  void objectUnknownToTheConnectionsCrmPointsAtTheItem() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    objects: [contacts, Lead]\n", dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.column()).isEqualTo(25);
    assertThat(problem.key()).isEqualTo("connections[0].objects[1]");
    assertThat(problem.message()).isEqualTo("`Lead` is not a hubspot object");
    assertThat(problem.fix()).isEqualTo("hubspot objects are contacts, companies, deals");
  }

  @Test
  void misspeltObjectGetsASuggestion() {
    ConfigProblem problem = onlyProblem("connections:\n  - name: sf\n    crm: salesforce\n    objects: [lead]\n", dir);

    assertThat(problem.key()).isEqualTo("connections[0].objects[0]");
    assertThat(problem.fix()).startsWith("did you mean `Lead`?");
  }

  @Test
  void missingMappingsFolderNamesTheResolvedPath() {
    ConfigProblem problem = onlyProblem(MINIMAL + "mappings: ./my-mappings\n", dir);

    assertThat(problem.line()).isEqualTo(5);
    assertThat(problem.key()).isEqualTo("mappings");
    assertThat(problem.message())
        .isEqualTo("folder " + dir.toAbsolutePath().resolve("my-mappings") + " does not exist");
    assertThat(problem.fix()).contains("create it").contains("remove the key");
  }

  @Test
  void playbookThatIsAFileIsRefused() throws IOException {
    Files.writeString(dir.resolve("playbook.yaml"), "rules: []\n");

    ConfigProblem problem = onlyProblem(MINIMAL + "playbook: playbook.yaml\n", dir);

    assertThat(problem.key()).isEqualTo("playbook");
    assertThat(problem.message()).endsWith("playbook.yaml is a file, not a folder");
  }

  @Test
  void noConnectionsAtAllIsReported() {
    ConfigProblem problem = onlyProblem("server:\n  port: 8080\n", dir);

    assertThat(problem.key()).isEqualTo("connections");
    assertThat(problem.message()).isEqualTo("is required");
    assertThat(problem.fix()).contains("docs/revbridge.example.yaml");
  }

  @Test
  void emptyConnectionListIsReported() {
    ConfigProblem problem = onlyProblem("connections: []\n", dir);

    assertThat(problem.key()).isEqualTo("connections");
    assertThat(problem.message()).isEqualTo("is empty");
  }

  @Test
  void keySetTwiceInOneSectionIsReported() {
    ConfigProblem problem = onlyProblem("server:\n  port: 1\n  port: 2\n" + MINIMAL, dir);

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.key()).isEqualTo("server.port");
    assertThat(problem.message()).isEqualTo("is set twice (first on line 2)");
  }

  @Test
  void severalProblemsAreReportedTogetherInFileOrder() {
    List<ConfigProblem> problems = problems("""
        server:
          port: 0
        sync:
          batchSize: lots
        connections:
          - name: hubspot
            crm: hubspot
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
            objetcs: [contacts]
          - name: hubspot
            crm: zoho
        playbook: ./missing
        """, dir);

    assertThat(problems).extracting(ConfigProblem::line).containsExactly(2, 4, 9, 10, 11, 12);
    assertThat(problems).extracting(ConfigProblem::key).containsExactly(
        "server.port", "sync.batchSize", "connections[0].objetcs", "connections[1].name", "connections[1].crm",
        "playbook");
    ConfigException all = new ConfigException(problems);
    assertThat(all.getMessage().lines()).hasSize(6).allMatch(l -> l.startsWith("revbridge.yaml:"));
  }

  @Test
  void aViewerTokenWithoutAnAdminTokenIsRefused() {
    ConfigProblem problem = onlyProblem("admin:\n  viewerToken: ${VIEW}\n" + MINIMAL, dir,
        java.util.Map.of("VIEW", "viewer-token-1", "HUBSPOT_ACCESS_TOKEN", "pat-na1-token"));

    assertThat(problem.key()).isEqualTo("admin.viewerToken");
    assertThat(problem.message()).isEqualTo("is set but `admin.token` is not");
  }

  @Test
  void aViewerTokenEqualToTheAdminTokenIsRefusedWithoutShowingIt() {
    ConfigProblem problem = onlyProblem("admin:\n  token: ${ADMIN}\n  viewerToken: ${VIEW}\n" + MINIMAL, dir,
        java.util.Map.of("ADMIN", "same-s3cret", "VIEW", "same-s3cret", "HUBSPOT_ACCESS_TOKEN", "pat-na1-token"));

    assertThat(problem.key()).isEqualTo("admin.viewerToken");
    assertThat(problem.message()).isEqualTo("is the same secret as `admin.token`");
    assertThat(problem.toString()).doesNotContain("same-s3cret");
  }

  @Test
  void aRecordUrlWithoutTheIdPlaceholderIsRefused() {
    ConfigProblem problem = onlyProblem(MINIMAL + "    recordUrl: https://app.hubspot.com/contacts/123/record/0-1/\n", dir);

    assertThat(problem.key()).isEqualTo("connections[0].recordUrl");
    assertThat(problem.message()).isEqualTo("has no `{id}` placeholder");
  }

  @Test
  void aRecordUrlReachesTheConsoleWithItsPlaceholders() {
    var config = io.revbridge.config.ConfigTesting.load(MINIMAL
        + "    recordUrl: https://app.hubspot.com/contacts/123/record/{objectTypeId}/{id}\n", dir);

    assertThat(config.connections().get(0).options())
        .containsEntry("recordUrl", "https://app.hubspot.com/contacts/123/record/{objectTypeId}/{id}");
  }
}
