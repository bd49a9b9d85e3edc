package io.revbridge.notify;

import io.revbridge.store.NotificationDraft;
import io.revbridge.store.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The notifications of an SLA clock: a reminder before the due time, and the breach. */
public final class SlaNotice {
  public static final String REMINDER = "sla-reminder";
  public static final String BREACH = "sla-breach";

  private SlaNotice() {}

  public static NotificationDraft reminder(SlaTimer t, Instant now) {
    long left = Math.max(0, Duration.between(now, t.dueAt()).toMinutes());
    return draft(REMINDER, t, "SLA reminder: " + missing(t).toLowerCase() + " due in " + left + " min",
        "Lead " + t.record() + " (" + t.grade() + ") is waiting for " + missing(t).toLowerCase() + ".", null);
  }

  public static NotificationDraft breach(SlaTimer t, String manager) {
    return draft(BREACH, t, "SLA breached: no " + missing(t).toLowerCase() + " by " + t.dueAt(),
        "Lead " + t.record() + " (" + t.grade() + ") " + switch (t.clock().orElse("")) {
          case SlaTimer.HANDOFF_RESPOND -> "handed over from marketing got no response in time.";
          case SlaTimer.HANDOFF_CONTACT -> "handed over from marketing got no meaningful contact in time.";
          default -> "was not touched in time.";
        }, manager);
  }

  /** What the owner owes under this clock, for people. */
  public static String missing(SlaTimer t) {
    return switch (t.clock().orElse("")) {
      case SlaTimer.HANDOFF_RESPOND -> "Response to the hand-off (a status change)";
      case SlaTimer.HANDOFF_CONTACT -> "Meaningful contact (an accepted status)";
      default -> "First touch (status change)";
    };
  }

  /** How the lead came to the owner, for people. */
  public static String what(SlaTimer t) {
    return t.clock().isPresent() ? "Marketing handed this lead to you" : "Revbridge routed this lead to you";
  }

  private static NotificationDraft draft(String kind, SlaTimer t, String title, String text, String manager) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("owner", t.ownerId());
    if (t.team() != null) {
      fields.put("team", t.team());
    }
    fields.put("due", t.dueAt().toString());
    if (manager != null) {
      fields.put("manager", manager);
    }
    Notification n = new Notification(kind, t.record(), title, text, fields);
    return new NotificationDraft("notify:" + kind + ":" + t.recordKey() + ":" + t.ownerId() + ":" + t.startedAt(),
        kind, JsonPost.json(n));
  }
}
