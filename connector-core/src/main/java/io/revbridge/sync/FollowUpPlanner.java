package io.revbridge.sync;

import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.scoring.Grade;
import io.revbridge.scoring.LeadScore;
import io.revbridge.spi.TaskSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans the one follow-up a hot lead gets: a call task for its owner. The idempotency key names the
 * record only, so however often the lead is re-scored, it gets this task once.
 */
final class FollowUpPlanner {
  private final Duration due;

  FollowUpPlanner(Duration due) {
    this.due = due;
  }

  Optional<TaskSpec> plan(Person person, LeadScore score, String ownerId, Instant now) {
    if (score.grade() != Grade.HOT || ownerId == null || ownerId.isBlank()) {
      return Optional.empty();
    }
    String who = displayName(person);
    String subject = "Call hot lead " + who + " (score " + score.score() + ")";
    String body = "Revbridge scored " + who + " " + score.score() + " (" + score.grade() + ").\n\n"
        + score.reasonsText();
    // The company too, so the task also shows on the account's timeline where the CRM can link it.
    List<RecordRef> alsoAbout = person.companyRef() == null ? List.of() : List.of(person.companyRef());
    return Optional.of(new TaskSpec("task:hot-follow-up:" + person.ref().key(), person.ref(), ownerId,
        subject, body, now.plus(due), TaskPriority.HIGH, TaskType.CALL, alsoAbout));
  }

  private static String displayName(Person p) {
    String name = ((p.firstName() == null ? "" : p.firstName()) + " " + (p.lastName() == null ? "" : p.lastName())).strip();
    return name.isEmpty() ? (p.email() == null ? p.ref().id() : p.email()) : name;
  }
}
