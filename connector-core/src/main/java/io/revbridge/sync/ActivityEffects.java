package io.revbridge.sync;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.SlaPolicy;
import io.revbridge.store.SequenceStore;
import io.revbridge.store.SlaStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What logged activities mean for routing: the owner's call, email or meeting on a lead is its first touch (as the
 * playbook's {@code first_touch} lists), and a reply (an inbound email) or a meeting stops the lead's follow-up
 * sequences. Tasks Revbridge created itself never count. Pure; the caller stores the result.
 */
final class ActivityEffects {
  private ActivityEffects() {}

  /** The first touches and sequence stops a page of activities brings. */
  record Effects(List<SlaStore.Touch> touches, List<SequenceStore.Stop> stops) {}

  static Effects of(List<Activity> activities, SlaPolicy policy) {
    List<SlaStore.Touch> touches = new ArrayList<>();
    List<SequenceStore.Stop> stops = new ArrayList<>();
    for (Activity a : activities) {
      if (a.byRevbridge() || a.people().isEmpty()) {
        continue;
      }
      Instant at = loggedAt(a);
      touchKind(a).filter(policy::touchedBy).filter(k -> a.ownerId() != null && !a.ownerId().isBlank())
          .ifPresent(kind -> a.people().forEach(p -> touches.add(new SlaStore.Touch(p.key(), a.ownerId(), at, kind))));
      stopReason(a).ifPresent(reason -> a.people().forEach(p -> stops.add(new SequenceStore.Stop(p.key(), reason, at))));
    }
    return new Effects(touches, stops);
  }

  /**
   * When the activity counts from: when it happened, or when it was logged if that is earlier (a meeting booked
   * today for next week is today's touch).
   */
  static Instant loggedAt(Activity a) {
    return a.occurredAt().isAfter(a.modifiedAt()) ? a.modifiedAt() : a.occurredAt();
  }

  /** The rep reached out: an outbound (or undirected) call or email, any meeting, a completed task. */
  private static Optional<String> touchKind(Activity a) {
    if (a.inbound() && (a.type() == ActivityType.EMAIL || a.type() == ActivityType.CALL)) {
      return Optional.empty(); // the person wrote or called: no touch by the rep
    }
    if (a.type() == ActivityType.TASK && !a.completed()) {
      return Optional.empty();
    }
    return Optional.of(a.type().name().toLowerCase(Locale.ROOT));
  }

  private static Optional<String> stopReason(Activity a) {
    String what = a.subject() == null || a.subject().isBlank() ? "" : " '" + a.subject().strip() + "'";
    if (a.type() == ActivityType.EMAIL && a.inbound()) {
      return Optional.of("reply logged: email" + what + " (" + ref(a.ref()) + ")");
    }
    if (a.type() == ActivityType.MEETING) {
      return Optional.of("meeting logged" + what + " (" + ref(a.ref()) + ")");
    }
    return Optional.empty();
  }

  private static String ref(RecordRef r) {
    return r.objectType() + " " + r.id();
  }
}
