package io.revbridge.handoff;

import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.model.TaskType;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The owner's "New MQL from marketing" task for each hand-off that stands, with the context package, due within the
 * response SLA; it starts the hand-off's SLA clocks on that owner. Keyed by the crossing, so a retry after a crash
 * finds the task instead of creating a second one.
 */
final class HandoffTasks {
  private final Store store;
  private final HandoffPlaybook playbook;
  private final HandoffSide lead;
  private final HandoffSide contact;
  private final HandoffDeadLetters deadLetters;
  private final HandoffSla sla;
  private final Clock clock;
  private final Consumer<String> progress;

  HandoffTasks(Store store, HandoffPlaybook playbook, HandoffSide lead, HandoffSide contact,
      HandoffDeadLetters deadLetters, HandoffSla sla, Clock clock, Consumer<String> progress) {
    this.store = store;
    this.playbook = playbook;
    this.lead = lead;
    this.contact = contact;
    this.deadLetters = deadLetters;
    this.sla = sla;
    this.clock = clock;
    this.progress = progress;
  }

  /**
   * The owner's hand-off task, once the lead has its owner (routing may give it one after the hand-off).
   *
   * @return tasks created, dead-lettered
   */
  int[] create() {
    Set<String> setAside = deadLetters.open();
    List<HandoffLink> waiting = store.handoffs().withStatus(List.of(HandoffLink.HANDED_OVER), 1000).stream()
        .filter(l -> l.taskId() == null && l.salesforceId() != null && !setAside.contains(l.hubspotId())).toList();
    int[] counts = new int[2];
    for (HandoffLink link : waiting) {
      try {
        counts[0] += create(link);
      } catch (RuntimeException e) {
        boolean dead = deadLetters.stepFailed(link, "task", e);
        counts[1] += dead ? 1 : 0;
        progress.accept("handoff: no task for " + link.hubspotConnection() + "/" + link.hubspotId()
            + (dead ? " (a dead letter: revbridge dlq list --stage handoff): " : " yet (tried again next pass): ")
            + HandoffFailure.describe(e));
      }
    }
    return counts;
  }

  /** @return 1 when the task was created, 0 when the record is gone */
  private int create(HandoffLink link) {
    HandoffSide side = link.salesforceObject().equals(contact.objectType()) ? contact : lead;
    Set<String> fields = new java.util.LinkedHashSet<>(List.of("OwnerId", HandoffRunner.SF_CONTEXT, "FirstName", "LastName"));
    if (side == lead) {
      fields.add("Company");
    }
    List<CrmRecord> read = side.connection().reader().read(side.objectType(), List.of(link.salesforceId()), fields);
    if (read.isEmpty()) {
      return 0;
    }
    CrmRecord sf = read.get(0);
    String owner = sf.field("OwnerId");
    String name = String.join(" ", Optional.ofNullable(sf.field("FirstName")).orElse(""),
        Optional.ofNullable(sf.field("LastName")).orElse("")).strip();
    // keyed by the crossing, so a retry finds the task instead of creating a second one
    TaskSpec task = new TaskSpec("task:handoff:" + link.hubspotConnection() + "/" + link.hubspotId() + "@"
        + link.crossedAt().toEpochMilli(), sf.ref(), owner, "New MQL from marketing: " + name
        + Optional.ofNullable(sf.field("Company")).map(c -> " (" + c + ")").orElse(""),
        Optional.ofNullable(sf.field(HandoffRunner.SF_CONTEXT)).orElse(""), clock.instant().plus(playbook.sla().respond()),
        TaskPriority.HIGH, TaskType.CALL);
    WriteResult r = side.connection().writer().createTasks(List.of(task)).get(0);
    if (!r.succeeded()) {
      throw new HandoffFailure("Salesforce refused the task", r.error().orElseThrow(),
          Map.of("OwnerId", String.valueOf(owner), "Subject", task.subject()));
    }
    HandoffLink withTask = link.withTask(owner, r.ref().map(RecordRef::id).orElse(""));
    store.handoffs().save(withTask);
    if (side == lead) {
      sla.start(withTask, sf.ref(), owner);
    }
    return 1;
  }
}
