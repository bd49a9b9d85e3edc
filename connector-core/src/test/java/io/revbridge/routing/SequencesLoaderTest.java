package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.model.TaskType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequencesLoaderTest {
  @TempDir Path dir;

  @Test
  void theShippedSequencesHaveTheirStepsOnTheIssuesDays() {
    var sequences = SequencesLoader.load(PlaybookFiles.folder(RoutingPlaybookLoaderTest.SHIPPED));

    assertThat(sequences).extracting(Sequence::name).containsExactly("demo_no_show", "proposal_sent", "cold_outreach", "nurture");
    assertThat(sequences.get(0).steps()).extracting(SequenceStep::day).containsExactly(0, 1, 3, 7, 14);
    assertThat(sequences.get(0).steps()).extracting(SequenceStep::type)
        .containsExactly(TaskType.EMAIL, TaskType.CALL, TaskType.EMAIL, TaskType.TODO, TaskType.EMAIL);
    assertThat(sequences.get(1).steps()).extracting(SequenceStep::day).containsExactly(3, 7, 14, 21);
    assertThat(sequences.get(2).steps()).extracting(SequenceStep::day).containsExactly(0, 4, 8, 15, 22);
    assertThat(sequences.get(3).steps()).extracting(SequenceStep::day).containsExactly(1, 4, 8, 12, 18, 25);
    assertThat(RoutingPlaybookLoader.load(PlaybookFiles.folder(RoutingPlaybookLoaderTest.SHIPPED)).sequences()).hasSize(4);
  }

  @Test
  void anUnknownTokenOrChannelIsReportedWithItsLine() throws IOException {
    Files.writeString(dir.resolve("sequences.yaml"), """
        sequences:
          - name: s
            trigger: {status: X}
            steps:
              - {day: 0, channel: email, subject: "Hi {{frist_name}}", body: ok}
              - {day: 1, channel: fax, subject: a, body: b}
        """);

    assertThatThrownBy(() -> SequencesLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOf(PlaybookException.class)
        .hasMessageContaining("sequences.yaml:5:").hasMessageContaining("unknown token {{frist_name}}")
        .hasMessageContaining("sequences.yaml:6:").hasMessageContaining("unknown channel `fax`");
  }

  @Test
  void anMqlTriggerTakesOnlyCrossed() throws IOException {
    Files.writeString(dir.resolve("sequences.yaml"), """
        sequences:
          - name: s
            trigger: {mql: qualified}
            steps:
              - {day: 0, channel: email, subject: a, body: b}
        """);

    assertThatThrownBy(() -> SequencesLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOf(PlaybookException.class)
        .hasMessageContaining("sequences.yaml:3:").hasMessageContaining("not on `qualified`")
        .hasMessageContaining("write trigger: {mql: crossed}");
  }
}
