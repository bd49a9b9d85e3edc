package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteExplainTest {
  private static final String BUNDLE = """
      {"record": {"id": "101", "properties": {"email": "ana@acme-software.io", "firstname": "Ana",
        "lastname": "Silva", "jobtitle": "VP Sales", "associatedcompanyid": "7", "country": "Germany",
        "current_solution": "Zoho CRM", "pricing_page_visited": "true", "webinar_attended": "true"},
        "updatedAt": "2026-11-01T10:00:00.000Z", "archived": false},
       "company": {"id": "7", "properties": {"name": "Acme Software", "domain": "acme-software.io",
        "numberofemployees": "120", "industry": "COMPUTER_SOFTWARE", "country": "Germany"},
        "updatedAt": "2026-10-01T00:00:00Z"}}
      """;
  private static final String PLAYBOOK = """
      teams:
        - name: europe
          reps: [{email: eva@x.test, weight: 2}, {email: max@x.test}]
        - {name: competitive, reps: [{email: comp@x.test}]}
      dimensions:
        - name: region
          field: company.region
          buckets: [{label: europe, in: [EUROPE], team: europe}]
      battle_cards: {zoho crm: cards/zoho.md}
      rules:
        - name: competitor
          when: {person.currentSolution: {in: [zoho crm]}}
          then: {team: competitive, battle_card: person.currentSolution}
        - name: round-robin
          then: {owner: round-robin}
      """;

  @TempDir Path folder;

  @Test
  void explainPrintsOwnerTeamRuleAndReasonsFromTheGivenPlaybook() throws Exception {
    Path input = Files.writeString(folder.resolve("record.json"), BUNDLE);
    Path playbook = Files.createDirectories(folder.resolve("playbook"));
    Files.writeString(playbook.resolve("routing.yaml"), PLAYBOOK);
    Files.createDirectories(playbook.resolve("cards"));
    Files.writeString(playbook.resolve("cards/zoho.md"), "# Zoho");

    Cli cli = Cli.run(Map.of(), "route", "explain", "--crm", "hubspot", "--object", "contacts", "--input",
        input.toString(), "--playbook", playbook.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.path("owner").asText()).isEqualTo("comp@x.test");
    assertThat(out.path("team").asText()).isEqualTo("competitive");
    assertThat(out.path("rule").asText()).isEqualTo("competitor");
    assertThat(out.path("battleCard").asText()).isEqualTo("Zoho CRM");
    assertThat(out.path("reasons").toString()).contains("weighted round robin");
    assertThat(out.path("dimensions").path("region").asText()).isEqualTo("europe");
    assertThat(out.at("/rulesEvaluated/0/why/0").asText()).isEqualTo("person.currentSolution is 'Zoho CRM', in [zoho crm]");
  }

  @Test
  void theBuiltInPlaybookRoutesWithoutAnyFile() throws Exception {
    Path input = Files.writeString(folder.resolve("record.json"), BUNDLE);

    Cli cli = Cli.run(Map.of(), "route", "explain", "--crm", "hubspot", "--object", "contacts", "--input", input.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.path("rule").asText()).isEqualTo("competitor");
    assertThat(out.path("team").asText()).isEqualTo("competitive");
    assertThat(out.has("owner")).isTrue();
  }

  @Test
  void aBrokenPlaybookIsBadInputNamingTheLine() throws Exception {
    Path input = Files.writeString(folder.resolve("record.json"), BUNDLE);
    Path playbook = Files.createDirectories(folder.resolve("playbook"));
    Files.writeString(playbook.resolve("routing.yaml"), "teams: [{name: a, reps: any-active-owner}]\nrules:\n  - then: {team: b}\n");

    Cli cli = Cli.run(Map.of(), "route", "explain", "--crm", "hubspot", "--object", "contacts", "--input",
        input.toString(), "--playbook", playbook.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("routing.yaml:3:", "rules[0].then.team", "no team named `b`");
  }
}
