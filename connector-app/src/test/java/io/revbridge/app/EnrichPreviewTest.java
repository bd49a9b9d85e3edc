package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichPreviewTest {
  private static final String BUNDLE = """
      {"record": {"id": "101", "properties": {"email": "Ana.Silva@Acme-Software.io", "firstname": "Ana",
        "lastname": "Silva", "jobtitle": "Founder & CEO", "associatedcompanyid": "7", "country": "Germany"},
        "updatedAt": "2026-11-01T10:00:00.000Z", "archived": false},
       "company": {"id": "7", "properties": {"name": "Acme Software", "domain": "acme-software.io",
        "numberofemployees": "120", "industry": "COMPUTER_SOFTWARE", "country": "Germany"},
        "updatedAt": "2026-10-01T00:00:00Z"}}
      """;

  @TempDir Path folder;

  @Test
  void previewPrintsTheEnrichedPersonAndCompanyWithTheSourceOfEveryValue() throws Exception {
    Path input = Files.writeString(folder.resolve("record.json"), BUNDLE);

    Cli cli = Cli.run(Map.of(), "enrich", "preview", "--crm", "hubspot", "--object", "contacts", "--input", input.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.at("/person/email").asText()).isEqualTo("ana.silva@acme-software.io");
    assertThat(out.at("/person/role").asText()).isEqualTo("DECISION_MAKER");
    assertThat(out.at("/person/seniority").asText()).isEqualTo("C_LEVEL");
    assertThat(out.at("/person/department").asText()).isEqualTo("EXECUTIVE");
    assertThat(out.at("/company/sizeBand").asText()).isEqualTo("50-200");
    assertThat(out.at("/company/region").asText()).isEqualTo("EUROPE");
    assertThat(out.at("/company/industryClass").asText()).isEqualTo("TARGET");
    JsonNode role = out.at("/provenance/person.role");
    assertThat(role.path("provider").asText()).isNotBlank().isNotEqualTo("crm");
    assertThat(role.path("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(out.at("/provenance/company.employees/provider").asText()).isEqualTo("crm");
  }

  @Test
  void aRecordWithoutItsCompanyIsEnrichedFromWhatItCarries() throws Exception {
    Path input = Files.writeString(folder.resolve("record.json"), """
        {"id": "5", "properties": {"email": "joe@gmail.com", "jobtitle": "Executive Assistant to the CEO"}}
        """);

    Cli cli = Cli.run(Map.of(), "enrich", "preview", "--crm", "hubspot", "--object", "contacts", "--input", input.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.at("/person/role").asText()).isNotEqualTo("DECISION_MAKER");
    assertThat(out.at("/provenance/person.freeMail/value").asBoolean()).isTrue();
  }

  @Test
  void malformedJsonOrAnObjectWithoutAPersonMappingIsBadInput() throws Exception {
    Path bad = Files.writeString(folder.resolve("bad.json"), "{not json");

    Cli malformed = Cli.run(Map.of(), "enrich", "preview", "--crm", "hubspot", "--object", "contacts", "--input", bad.toString());
    Cli wrongObject = Cli.run(Map.of(), "enrich", "preview", "--crm", "hubspot", "--object", "deals", "--input", bad.toString());
    Cli noId = Cli.run(Map.of(), "enrich", "preview", "--crm", "hubspot", "--object", "contacts", "--input",
        Files.writeString(folder.resolve("noid.json"), "{\"properties\": {}}").toString());

    assertThat(malformed.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(malformed.err()).contains("is not valid JSON");
    assertThat(wrongObject.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(wrongObject.err()).contains("no person mapping for hubspot deals");
    assertThat(noId.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(noId.err()).contains("no id");
  }

  @Test
  void withAConfigThePreviewUsesItsFirmographicsFileAndIndustryLists() throws Exception {
    Files.writeString(folder.resolve("firms.csv"), "domain,employees,industry\nwidgets.test,35,Widgets\n");
    Path config = Files.writeString(folder.resolve("revbridge.yaml"), """
        connections:
          - name: hubspot
            crm: hubspot
            accessToken: ${TOKEN}
        enrichment:
          firmographicsFile: firms.csv
          targetIndustries: [Widgets]
        """);
    Path input = Files.writeString(folder.resolve("record.json"), """
        {"id": "9", "properties": {"email": "kim@widgets.test", "jobtitle": "Head of Sales"}}
        """);

    Cli cli = Cli.run(Map.of("TOKEN", "t"), "enrich", "preview", "--crm", "hubspot", "--object", "contacts",
        "--input", input.toString(), "--config", config.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode out = new ObjectMapper().readTree(cli.out());
    assertThat(out.at("/company/sizeBand").asText()).isEqualTo("20-50");
    assertThat(out.at("/company/industryClass").asText()).isEqualTo("TARGET");
    assertThat(out.at("/provenance/company.employees/provider").asText()).isEqualTo("firmographics-csv");
  }
}
