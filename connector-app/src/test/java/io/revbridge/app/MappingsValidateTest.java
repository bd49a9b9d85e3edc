package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `mappings validate` without a CRM, and `run`/`sync` refusing to start on the same problems. */
class MappingsValidateTest {
  private static final Map<String, String> ENV = Map.of("HUBSPOT_TOKEN", "pat-na1-secret-value");
  private static final String BAD_CONTACTS = """
      crm: hubspot
      object: contacts
      canonical: person
      fields:
        - crm: email
          canonical: email
          transforms: [lowercase]
        - crm: jobtitle
          canonical: person.titel
        - crm: lifecyclestage
          canonical: leadScore.grade
          direction: outbound
      """;

  @TempDir Path folder;

  private Path mappings(String contacts) throws IOException {
    Path dir = Files.createDirectories(folder.resolve("mappings/hubspot"));
    Files.writeString(dir.resolve("contacts.yaml"), contacts);
    return dir.getParent();
  }

  private Path config(Path mappings) throws IOException {
    Path file = folder.resolve("revbridge.yaml");
    Files.writeString(file, """
        connections:
          - name: main
            crm: hubspot
            accessToken: ${HUBSPOT_TOKEN}
        mappings: %s
        """.formatted(mappings.toAbsolutePath().toString().replace('\\', '/')));
    return file;
  }

  @Test
  void theShippedMappingsAreValid() {
    Cli cli = Cli.run(ENV, "mappings", "validate", "--dir", Path.of("..", "mappings").toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("hubspot contacts → person", "hubspot companies → company", "hubspot deals → deal");
    assertThat(cli.lastLine()).startsWith("mappings ok: 7 files in ");
  }

  @Test
  void everyProblemIsListedWithFileLineKeyAndFixAndTheExitCodeIsTwo() throws IOException {
    Path dir = mappings(BAD_CONTACTS);

    Cli cli = Cli.run(ENV, "mappings", "validate", "--dir", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err().lines().toList()).containsExactly(
        dir.resolve("hubspot/contacts.yaml") + ":7:18: fields[0].transforms[0]: unknown transform `lowercase` — did you mean"
            + " `lower`? (fix: use one of: trim, lower, upper, integer, number, boolean, date, datetime, map, email_domain,"
            + " url_domain, split, join, regex, constant, default, ref, truncate, percent)",
        dir.resolve("hubspot/contacts.yaml") + ":9:16: fields[1].canonical: canonical field `person.titel` does not exist"
            + " — did you mean `person.title`? (fix: write the field without the record name, which the file's"
            + " `canonical: person` already gives: canonical: title)",
        dir.resolve("hubspot/contacts.yaml") + ":10:10: fields[2].crm: Revbridge does not own `lifecyclestage`: it writes"
            + " only fields it owns (`owned: true`), and the owner chosen by routing (`routing.ownerId`) (fix: add"
            + " `owned: true` and a `type` so Revbridge creates lifecyclestage and alone writes it, or use a new name such as"
            + " revbridge_lifecyclestage)",
        "mappings invalid: 3 problems in " + dir);
  }

  @Test
  void withoutDirTheConfigsMappingsFolderIsChecked() throws IOException {
    Path file = config(mappings(BAD_CONTACTS.replace("[lowercase]", "[lower]")));

    Cli cli = Cli.run(ENV, "mappings", "validate", "--config", file.toString());

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("contacts.yaml:9:16", "contacts.yaml:10:10").doesNotContain("pat-na1-secret-value");
  }

  @Test
  void syncAndRunRefuseToStartOnTheSameProblems() throws IOException {
    Path file = config(mappings(BAD_CONTACTS));

    Cli sync = Cli.run(ENV, "sync", "--once", "--config", file.toString());
    Cli run = Cli.run(ENV, "run", "--config", file.toString());

    for (Cli cli : new Cli[] {sync, run}) {
      assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
      assertThat(cli.err()).contains("3 problems in the mapping files", "contacts.yaml:7:18", "did you mean `person.title`?");
      assertThat(cli.out()).doesNotContain("revbridge running");
    }
  }
}
