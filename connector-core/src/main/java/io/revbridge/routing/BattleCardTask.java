package io.revbridge.routing;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.TaskSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The task a competitive lead's owner gets: the battle card of the competitor the lead uses today. Keyed by record
 * and competitor, so re-routing the same lead never creates it twice.
 */
public final class BattleCardTask {
  private BattleCardTask() {}

  public static Optional<TaskSpec> plan(RoutingDecision decision, RecordRef record, Duration due, Instant now) {
    if (decision.battleCard().isEmpty() || decision.ownerId() == null) {
      return Optional.empty();
    }
    RoutingDecision.BattleCard card = decision.battleCard().get();
    return Optional.of(new TaskSpec("task:battle-card:" + record.key() + ":" + card.competitor().toLowerCase(), record,
        decision.ownerId(), "Competitive lead: uses " + card.competitor() + " (battle card inside)", card.markdown(),
        now.plus(decision.sla().orElse(due)), TaskPriority.HIGH, TaskType.TODO));
  }
}
