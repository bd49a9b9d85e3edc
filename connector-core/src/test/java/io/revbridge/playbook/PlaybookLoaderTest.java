package io.revbridge.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.scoring.Channel;
import io.revbridge.scoring.Grade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookLoaderTest {
  static final Path SHIPPED = Path.of("..", "mappings", "playbook");

  @TempDir
  Path temp;

  private Path shippedCopyWith(String from, String to) throws IOException {
    String text = Files.readString(SHIPPED.resolve("lead-scoring.yaml"));
    assertThat(text).contains(from);
    Files.writeString(temp.resolve("lead-scoring.yaml"), text.replace(from, to));
    return temp;
  }

  @Test
  void theShippedFilesHoldExactlyTheDefaultsInCode() {
    assertThat(PlaybookLoader.load(Optional.of(SHIPPED))).isEqualTo(Playbook.defaults());
  }

  @Test
  void withoutAFolderTheBuiltInPlaybookIsTheDefaults() {
    assertThat(PlaybookLoader.load(Optional.empty())).isEqualTo(Playbook.defaults());
  }

  @Test
  void aFolderWithoutTheFileUsesTheDefaultsForIt() {
    assertThat(PlaybookLoader.load(Optional.of(temp))).isEqualTo(Playbook.defaults());
  }

  @Test
  void anAdminsNumbersAreUsed() throws IOException {
    Path folder = shippedCopyWith("threshold: 70", "threshold: 55");
    Path again = shippedCopyWith("HOT: {min: 80, channel: PHONE", "HOT: {min: 85, channel: LINKEDIN");
    assertThat(again).isEqualTo(folder);

    Playbook playbook = PlaybookLoader.load(Optional.of(folder));

    assertThat(playbook.lead().scoring().hotMin()).isEqualTo(85);
    assertThat(playbook.lead().recommended().get(Grade.HOT).channel()).isEqualTo(Channel.LINKEDIN);
  }

  @Test
  void aBadValueIsReportedWithFileLineKeyAndFix() throws IOException {
    Path folder = shippedCopyWith("  USER: 15\n", "  USER: lots\n");

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(folder)))
        .isInstanceOf(PlaybookException.class)
        .satisfies(e -> assertThat(((PlaybookException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).endsWith("lead-scoring.yaml");
          assertThat(p.line()).isEqualTo(lineOf(folder, "USER: lots"));
          assertThat(p.key()).isEqualTo("contactQuality.USER");
          assertThat(p.message()).isEqualTo("`contactQuality.USER` must be a whole number, not `lots`");
          assertThat(p.fix()).isEqualTo("write a number from 0 to 25");
        }))
        .hasMessageStartingWith("1 problem in the playbook files:");
  }

  @Test
  void everyProblemIsReportedAtOnceWithSuggestions() throws IOException {
    Path folder = shippedCopyWith("  webinar: 15\n", "  webinars: 15\n");
    Files.writeString(folder.resolve("lead-scoring.yaml"), Files.readString(folder.resolve("lead-scoring.yaml"))
        .replace("channel: PHONE", "channel: FAX").replace("sizeUnknown: 10", "sizeUnknown: 30"));

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(folder)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> assertThat(e.problems())
            .extracting(MappingProblem::key, MappingProblem::message)
            .as("in line order, as a reader fixes a file").containsExactly(
                tuple("companyFit.sizeUnknown", "`companyFit.sizeUnknown` is 30, outside 0 to 25"),
                tuple("intent.webinar", "missing required key `webinar`"),
                tuple("intent.webinars", "unknown key `webinars` \u2014 did you mean `webinar`?"),
                tuple("grades.HOT.channel", "`grades.HOT.channel` cannot be `FAX`")));
  }

  @Test
  void gradesOutOfOrderAreRefusedWithTheFix() throws IOException {
    Path folder = shippedCopyWith("WARM: {min: 60", "WARM: {min: 90");

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(folder)))
        .hasMessageContaining("grades: grade minimums must rise from COLD to WARM to HOT, got COLD 40, WARM 90, HOT 80")
        .hasMessageContaining("(fix: e.g. COLD 40, WARM 60, HOT 80)");
  }

  @Test
  void brokenYamlNamesThePosition() throws IOException {
    Files.writeString(temp.resolve("lead-scoring.yaml"), "categoryMax: 25\ncompanyFit: [\n");

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(temp)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> assertThat(e.problems()).first()
            .satisfies(p -> assertThat(p.message()).startsWith("invalid YAML")));
  }

  @Test
  void aBadForecastValueIsReportedInItsOwnFile() throws IOException {
    String text = Files.readString(SHIPPED.resolve("deal-forecast.yaml"));
    Files.writeString(temp.resolve("deal-forecast.yaml"), text.replace("\"07-15..08-15\"", "\"07-45..08-15\"")
        .replace("contractsent: CLOSING", "contractsent: CLOSNG"));

    assertThatThrownBy(() -> PlaybookLoader.load(Optional.of(temp)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> assertThat(e.problems())
            .extracting(MappingProblem::key, MappingProblem::message)
            .containsExactly(
                tuple("stages.hubspot.contractsent", "`stages.hubspot.contractsent` cannot be `CLOSNG` \u2014 did you mean `CLOSING`?"),
                tuple("time.holidays[1]", "`07-45..08-15` is not a period of days")));
  }

  private static int lineOf(Path folder, String text) throws IOException {
    var lines = Files.readAllLines(folder.resolve("lead-scoring.yaml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }
}
