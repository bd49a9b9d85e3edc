package io.revbridge.sync;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Person;
import io.revbridge.model.TaskPriority;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.Sequence;
import io.revbridge.routing.SequenceStep;
import io.revbridge.scoring.LeadScore;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.SequenceStepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which sequences a lead enters on this pass, with every step's task rendered from its template (tokens filled
 * from the lead, fallbacks for empty ones). The store enrolls a lead in a sequence once, so re-planning is harmless.
 */
final class SequencePlanner {
  private SequencePlanner() {}

  /** @param mqlCrossed whether this pass saw the lead's MQL score reach its threshold */
  static List<SequenceStepRow> plan(EnrichedPerson lead, LeadScore score, RoutingDecision route, String ownerName,
      List<Sequence> sequences, boolean mqlCrossed, Instant now) {
    Person p = lead.person();
    String owner = route.ownerId();
    if (owner == null || sequences.isEmpty()) {
      return List.of(); // a task needs an owner: leads in marketing nurture get none
    }
    List<SequenceStepRow> rows = new ArrayList<>();
    for (Sequence sequence : sequences) {
      if (!triggered(sequence, p, score, route, mqlCrossed)) {
        continue;
      }
      Map<String, String> values = tokens(lead, ownerName);
      for (int i = 0; i < sequence.steps().size(); i++) {
        SequenceStep step = sequence.steps().get(i);
        Instant due = now.plus(Duration.ofDays(step.day()));
        TaskSpec task = new TaskSpec("task:sequence:" + p.ref().key() + ":" + sequence.name() + ":" + i, p.ref(), owner,
            step.subject().render(values), step.body().render(values), due, TaskPriority.MEDIUM, step.type());
        rows.add(new SequenceStepRow(p.ref().key(), sequence.name(), i, owner, p.leadStatus(), due, Json.write(task), now));
      }
    }
    return rows;
  }

  private static boolean triggered(Sequence s, Person p, LeadScore score, RoutingDecision route, boolean mqlCrossed) {
    String value = s.trigger().value();
    return switch (s.trigger().kind()) {
      case "status" -> value.equalsIgnoreCase(Optional.ofNullable(p.leadStatus()).orElse(""));
      case "lifecycle" -> value.equalsIgnoreCase(Optional.ofNullable(p.lifecycleStage()).orElse(""));
      case "mql" -> mqlCrossed;
      default -> route.changesOwner() && value.equalsIgnoreCase(score.grade().name());
    };
  }

  private static Map<String, String> tokens(EnrichedPerson lead, String ownerName) {
    Person p = lead.person();
    Map<String, String> v = new HashMap<>();
    v.put("first_name", p.firstName());
    v.put("last_name", p.lastName());
    v.put("company_name", lead.company().map(c -> c.name()).filter(n -> n != null && !n.isBlank())
        .orElse(p.companyName()));
    v.put("industry", lead.industry().orElse(null));
    v.put("title", p.title());
    v.put("recent_news", lead.text("company.recentNews").orElse(null));
    v.put("owner_name", ownerName);
    return v;
  }
}
