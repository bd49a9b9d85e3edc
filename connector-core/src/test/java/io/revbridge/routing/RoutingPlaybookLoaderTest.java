package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.scoring.Grade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingPlaybookLoaderTest {
  static final Path SHIPPED = Path.of("..", "mappings", "playbook");

  @TempDir Path dir;

  @Test
  void theShippedPlaybookHasTheFiveRulesInOrderAndItsBattleCards() {
    RoutingPlaybook playbook = RoutingPlaybookLoader.load(PlaybookFiles.folder(SHIPPED));

    assertThat(playbook.rules()).extracting(RoutingRule::name)
        .containsExactly("enterprise-budget", "existing-customer", "competitor", "hot-score", "round-robin");
    assertThat(playbook.rules().get(3).then().sla()).contains(Duration.ofMinutes(15));
    assertThat(playbook.dimensions()).extracting(Dimension::name).containsExactly("source", "size", "industry", "region");
    assertThat(playbook.nurture(Grade.UNQUALIFIED)).isTrue();
    assertThat(playbook.level(Grade.HOT)).contains("senior");
    assertThat(playbook.slas()).containsEntry(Grade.HOT, Duration.ofMinutes(15)).containsEntry(Grade.WARM, Duration.ofHours(2))
        .containsEntry(Grade.COLD, Duration.ofHours(24)).doesNotContainKey(Grade.UNQUALIFIED);
    assertThat(playbook.slaPolicy()).isEqualTo(new SlaPolicy(75, java.util.List.of("notify", "task")));
    assertThat(playbook.battleCard("Pipedrive")).hasValueSatisfying(card -> assertThat(card).startsWith("# Battle card"));
    assertThat(playbook.slaPolicy().firstTouch()).containsExactly("call", "email", "meeting", "status_change");
    assertThat(playbook.openLeadDays()).isEqualTo(90);
    assertThat(playbook.closed("Closed - Converted", null)).isTrue();
    assertThat(playbook.closed("IN_PROGRESS", "Customer")).isTrue();
    assertThat(playbook.closed("IN_PROGRESS", "lead")).isFalse();
  }

  @Test
  void unknownFirstTouchesAndEscalationStepsAreNamedWithTheirFix() throws IOException {
    write("""
        teams: [{name: a, reps: any-active-owner}]
        sla_escalation: [notify, reassign, call-the-boss]
        first_touch: [call, linkedin]
        rules: [{name: all, then: {owner: round-robin}}]
        """);

    assertThatThrownBy(() -> RoutingPlaybookLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> {
          assertThat(e.problems()).extracting(MappingProblem::key).containsExactly("sla_escalation", "first_touch");
          assertThat(e.getMessage()).contains("unknown escalation step `call-the-boss`")
              .contains("unknown first touch `linkedin`")
              .contains("call, email, meeting, task, status_change");
        });
  }

  @Test
  void everyProblemNamesTheFileLineAndKey() throws IOException {
    write("""
        teams:
          - name: europe
            reps:
              - email: ana@example.com
                weight: heavy
                hours: {days: MON-FRI, from: "18:00", to: "09:00", zone: Mars/Olympus}
        rules:
          - name: hot
            when:
              scroe: {gt: 80}
            then: {team: asia}
          - name: rest
            then: {owner: somebody, sla: soon}
        """);

    assertThatThrownBy(() -> RoutingPlaybookLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> {
          assertThat(e.problems()).extracting(MappingProblem::line, MappingProblem::key)
              .contains(
                  org.assertj.core.groups.Tuple.tuple(5, "teams[0].reps[0].weight"),
                  org.assertj.core.groups.Tuple.tuple(6, "teams[0].reps[0].hours.zone"),
                  org.assertj.core.groups.Tuple.tuple(6, "teams[0].reps[0].hours.to"),
                  org.assertj.core.groups.Tuple.tuple(10, "rules[0].when.scroe"),
                  org.assertj.core.groups.Tuple.tuple(11, "rules[0].then.team"),
                  org.assertj.core.groups.Tuple.tuple(13, "rules[1].then.owner"),
                  org.assertj.core.groups.Tuple.tuple(13, "rules[1].then.sla"));
          assertThat(e.getMessage()).contains(dir.resolve("routing.yaml").toString() + ":5:")
              .contains("not a whole number").contains("unknown time zone 'Mars/Olympus'");
        });
  }

  @Test
  void aBattleCardThatIsMissingIsReportedWithItsLine() throws IOException {
    write("""
        teams: [{name: a, reps: any-active-owner}]
        battle_cards:
          acme: battlecards/acme.md
        rules: [{name: all, then: {owner: round-robin}}]
        """);

    assertThatThrownBy(() -> RoutingPlaybookLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOfSatisfying(PlaybookException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.key()).isEqualTo("battle_cards.acme");
              assertThat(p.message()).contains("battlecards/acme.md");
            }));
  }

  @Test
  void aMissingPlaybookSaysWhichFileToAdd() {
    assertThatThrownBy(() -> RoutingPlaybookLoader.load(PlaybookFiles.folder(dir)))
        .isInstanceOf(PlaybookException.class).hasMessageContaining("routing.yaml").hasMessageContaining("missing");
  }

  private void write(String yaml) throws IOException {
    Files.writeString(dir.resolve("routing.yaml"), yaml);
  }
}
