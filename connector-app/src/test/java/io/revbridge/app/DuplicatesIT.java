package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `revbridge duplicates` against the HubSpot sandbox: suggestions with evidence, and nothing written. */
class DuplicatesIT {
  @TempDir Path folder;

  @Test
  void twoContactsWithOnePhoneAreSuggestedWithTheEvidenceAndNothingIsMerged() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(40))) {
      List<SandboxRecord> contacts = fx.contactsInPollOrder();
      String first = contacts.get(0).id();
      String second = contacts.get(1).id();
      // HubSpot refuses a second contact with one email, so the same person shows up with one phone written twice.
      fx.sandbox.edit("contacts", first, Map.of("phone", "+1 (415) 555-0100"));
      fx.sandbox.edit("contacts", second, Map.of("phone", "415.555.0100"));

      Cli cli = fx.cli("duplicates", "--connection", "main");

      assertThat(cli.exitCode()).as(cli.err()).isZero();
      assertThat(cli.out()).containsPattern("main/contacts/(" + first + "|" + second + ") ~ main/contacts/("
          + first + "|" + second + "): .*same phone \\(phones ending \\d+\\)");
      assertThat(cli.lastLine()).matches("duplicates: [1-9]\\d* merge suggestions among 40 people; nothing was merged");
      assertThat(fx.sandbox.writes()).isEmpty();
    }
  }

  @Test
  void anUnknownConnectionIsBadInputNamingTheConfiguredOnes() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(1))) {
      Cli cli = fx.cli("duplicates", "--connection", "nope");

      assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
      assertThat(cli.err()).contains("no connection named 'nope'").contains("[main]");
    }
  }
}
