package io.revbridge.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.routing.PlaybookException;
import io.revbridge.routing.PlaybookFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffPlaybookLoaderTest {
  static final Path SHIPPED = Path.of("..", "mappings", "playbook");
  @TempDir Path dir;

  @Test
  void theShippedFileHasTheIssuesDefaults() {
    HandoffPlaybook p = HandoffPlaybookLoader.load(PlaybookFiles.folder(SHIPPED), 70, Set.of("nurture"));

    assertThat(p.threshold()).isEqualTo(70);
    assertThat(p.rules().allowFreeMail()).isFalse();
    assertThat(p.rules().excludeCustomers()).isTrue();
    assertThat(p.sla().respond()).isEqualTo(Duration.ofHours(2));
    assertThat(p.sla().meaningfulContact()).isEqualTo(Duration.ofHours(24));
    assertThat(p.create().status()).isEqualTo("Open - Not Contacted");
    assertThat(p.statuses().accepted("working - contacted")).isTrue();
    assertThat(p.statuses().recycleSequence()).isEqualTo("nurture");
    assertThat(p.fields()).containsEntry("title", SyncRule.TWO_WAY)
        .containsEntry("firstName", SyncRule.PREFER_SALESFORCE_UNLESS_BLANK)
        .containsEntry("employees", SyncRule.ALWAYS_SALESFORCE).containsEntry("industry", SyncRule.NONE);
    assertThat(p.talkingPoints()).extracting(TalkingPoint::when).contains("competitor", "always");
  }

  @Test
  void aFolderWithoutTheFileUsesTheDefaults() {
    HandoffPlaybook p = HandoffPlaybookLoader.load(PlaybookFiles.folder(dir), 70, Set.of("nurture"));

    assertThat(p.threshold()).isEqualTo(70);
    assertThat(p.statuses().rejectionReasonField()).isEqualTo("Revbridge_Rejection_Reason__c");
  }

  @Test
  void everyMistakeIsReportedWithItsLineAndKey() throws IOException {
    Files.writeString(dir.resolve("handoff.yaml"), """
        threshold: 60
        rules:
          allowFreeMail: maybe
        statuses:
          recycleSequence: nurtur
        fields:
          title: sometimes
          shoeSize: two-way
        talkingPoints:
          - {when: rainyDay, say: "Hi {{frist_name}}"}
        """);

    assertThatThrownBy(() -> HandoffPlaybookLoader.load(PlaybookFiles.folder(dir), 70, Set.of("nurture")))
        .isInstanceOf(PlaybookException.class)
        .hasMessageContaining("handoff.yaml:1:").hasMessageContaining("threshold: the hand-off threshold 60 is below the MQL threshold 70")
        .hasMessageContaining("handoff.yaml:3:").hasMessageContaining("rules.allowFreeMail")
        .hasMessageContaining("handoff.yaml:5:").hasMessageContaining("no sequence named `nurtur`")
        .hasMessageContaining("handoff.yaml:7:").hasMessageContaining("unknown sync rule `sometimes`")
        .hasMessageContaining("handoff.yaml:8:").hasMessageContaining("fields.shoeSize")
        .hasMessageContaining("handoff.yaml:10:").hasMessageContaining("unknown signal `rainyDay`")
        .hasMessageContaining("unknown token {{frist_name}}");
  }
}
