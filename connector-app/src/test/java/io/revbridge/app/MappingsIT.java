package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mappings validate --config`, `mappings preview` and `discover` against the HubSpot sandbox's real API. */
class MappingsIT {
  @TempDir Path folder;
  private SandboxFixture fx;

  @BeforeEach
  void startSandbox() throws IOException {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(40));
  }

  @AfterEach
  void stopSandbox() {
    fx.close();
  }

  /** The fixture's configuration with {@code mappings:} pointing at a copy of the defaults, edited. */
  private Path configWithContacts(String from, String to) throws IOException {
    Path mappings = Files.createDirectories(folder.resolve("custom/hubspot"));
    for (String name : List.of("contacts.yaml", "companies.yaml", "deals.yaml")) {
      String text = Files.readString(Path.of("..", "mappings", "hubspot", name));
      Files.writeString(mappings.resolve(name), name.equals("contacts.yaml") ? text.replace(from, to) : text);
    }
    Path config = folder.resolve("custom.yaml");
    Files.writeString(config, Files.readString(fx.config) + "mappings: "
        + mappings.getParent().toAbsolutePath().toString().replace('\\', '/') + "\n");
    return config;
  }

  @Test
  void validateAgainstTheCrmFindsEveryMappedFieldOfTheDefaults() {
    Cli cli = fx.cli("mappings", "validate");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("✓ main: every field", "exists on contacts", "exists on companies", "exists on deals");
    assertThat(cli.lastLine()).endsWith("every mapped CRM field exists");
  }

  @Test
  void validateAgainstTheCrmNamesAMissingFieldWithItsLineAndTheLikelyName() throws IOException {
    Path config = configWithContacts("- crm: jobtitle", "- crm: jobtitel");

    Cli cli = Cli.run(fx.env, "mappings", "validate", "--config", config.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).containsPattern("contacts\\.yaml:\\d+:\\d+: fields\\[\\d+\\]\\.crm: CRM field `jobtitel` does not"
        + " exist on hubspot contacts \\(connection main\\) — did you mean `jobtitle`\\?");
    assertThat(cli.err()).contains("mappings invalid: 1 problem against the live CRM");
  }

  @Test
  void previewShowsTheRecordsAsASyncWouldSeeThemAndWritesNothing() {
    List<SandboxRecord> firstTwo = fx.contactsInPollOrder().subList(0, 2);

    Cli cli = fx.cli("mappings", "preview", "--connection", "main", "--object", "contacts", "--limit", "2");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    for (SandboxRecord contact : firstTwo) {
      String block = block(cli.out(), "main/contacts/" + contact.id());
      assertThat(block).containsPattern("\\n  email +" + Pattern.quote(contact.get("email")) + "\\n")
          .containsPattern("canonical person:\\n(.*\\n)*  email +" + Pattern.quote(contact.get("email").toLowerCase(Locale.ROOT)))
          .containsPattern("  revbridge_grade +(HOT|WARM|COLD|UNQUALIFIED)\\n")
          .containsPattern("  revbridge_mql +(true|false)\\n");
      assertThat(block.contains("hubspot_owner_id               (would route")).isEqualTo(contact.get("hubspot_owner_id") == null);
    }
    assertThat(cli.lastLine()).startsWith("preview: 2 records of main/contacts").endsWith("nothing was written");
    assertThat(fx.sandbox.writes()).isEmpty();
  }

  @Test
  void previewPredictsTheScoreTheSyncThenWrites() {
    SandboxRecord first = fx.contactsInPollOrder().get(0);
    Cli preview = fx.cli("mappings", "preview", "--connection", "main", "--object", "contacts", "--limit", "1");
    Matcher score = Pattern.compile("  revbridge_score +(\\d+)").matcher(preview.out());
    assertThat(score.find()).as(preview.out()).isTrue();

    Cli sync = fx.cli("sync", "--once");

    assertThat(sync.exitCode()).as(sync.err()).isZero();
    assertThat(fx.sandbox.find("contacts", first.id()).orElseThrow().get("revbridge_score")).isEqualTo(score.group(1));
  }

  @Test
  void previewAsJsonGivesEveryValueInFull() throws IOException {
    SandboxRecord first = fx.contactsInPollOrder().get(0);

    Cli cli = fx.cli("mappings", "preview", "--connection", "main", "--object", "contacts", "--limit", "3", "--json");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(cli.out());
    assertThat(rows).hasSize(3);
    JsonNode row = rows.get(0);
    assertThat(row.path("ref").asText()).isEqualTo("main/contacts/" + first.id());
    assertThat(row.path("crm").path("email").asText()).isEqualTo(first.get("email"));
    assertThat(row.path("canonical").path("email").asText()).isEqualTo(first.get("email").toLowerCase(Locale.ROOT));
    assertThat(row.path("outbound").path("revbridge_score_reasons").asText()).contains("\n");
    assertThat(row.path("wouldRoute").asBoolean()).isEqualTo(first.get("hubspot_owner_id") == null);
  }

  @Test
  void previewOfChosenIdsReadsExactlyThoseRecords() {
    List<SandboxRecord> contacts = fx.contacts();
    String a = contacts.get(7).id();
    String b = contacts.get(3).id();

    Cli cli = fx.cli("mappings", "preview", "--connection", "main", "--object", "contacts", "--id", a + "," + b);

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(Pattern.compile("── main/contacts/(\\d+) ──").matcher(cli.out()).results().map(m -> m.group(1)))
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void aRecordThatCannotBeMappedIsShownWithTheReasonAndTheOthersStillAre() throws IOException {
    Path config = configWithContacts("canonical: phone", "canonical: employees");
    List<SandboxRecord> firstThree = fx.contactsInPollOrder().subList(0, 3);

    Cli cli = Cli.run(fx.env, "mappings", "preview", "--config", config.toString(), "--connection", "main", "--object",
        "contacts", "--limit", "3");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    long withPhone = firstThree.stream().filter(c -> c.get("phone") != null).count();
    assertThat(withPhone).isPositive();
    assertThat(cli.out()).containsPattern("cannot be mapped: cannot map main/contacts/\\d+: phone = `[^`]+` does not fit employees");
    assertThat(cli.lastLine()).contains("3 records of main/contacts").contains(withPhone + " could not be mapped");
  }

  @Test
  void previewOfAnUnknownConnectionOrObjectIsBadInput() {
    Cli connection = fx.cli("mappings", "preview", "--connection", "mian", "--object", "contacts");
    Cli object = fx.cli("mappings", "preview", "--connection", "main", "--object", "leads");

    assertThat(connection.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(connection.err()).contains("no connection named `mian`", "configured: main");
    assertThat(object.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(object.err()).contains("no mapping file for hubspot `leads`; mapped: companies, contacts, deals");
  }

  @Test
  void discoverListsFieldsMarksTheMappedOnesAndSuggestsForUnmappedCanonicalFields() throws IOException {
    Path config = configWithContacts("""
          - crm: jobtitle
            canonical: title
            transforms: [trim]
        """, "");

    Cli cli = Cli.run(fx.env, "discover", "--config", config.toString(), "--object", "contacts");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("connection main (hubspot)", "  contacts → person (")
        .containsPattern("✓ +email +string +Email +email\\n")
        .containsPattern("\\n +jobtitle +string +Job Title +\\n")
        .containsPattern("revbridge_grade \\(writes leadScore.grade\\) is not in the CRM yet")
        .contains("unmapped person fields:", "      title ← maybe jobtitle (\"Job Title\")",
            "      employees (no likely CRM field)");
  }

  /** The lines of one record's block in the preview table. */
  private static String block(String out, String ref) {
    int start = out.indexOf("── " + ref + " ──");
    assertThat(start).as("block of " + ref + " in\n" + out).isNotNegative();
    int end = out.indexOf("── ", start + 3 + ref.length() + 3);
    return out.substring(start, end < 0 ? out.length() : end);
  }
}
