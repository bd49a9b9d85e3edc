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
    return draft(REMINDER, t, "SLA reminder: first touch due in " + left + " min",
        "Lead " + t.recordKey() + " (" + t.grade() + ") is waiting for its first touch.", null);
  }

  public static NotificationDraft breach(SlaTimer t, String manager) {
    return draft(BREACH, t, "SLA breached: no first touch by " + t.dueAt(),
        "Lead " + t.recordKey() + " (" + t.grade() + ") was not touched in time.", manager);
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
    Notification n = new Notification(kind, t.recordKey(), title, text, fields);
    return new NotificationDraft("notify:" + kind + ":" + t.recordKey() + ":" + t.ownerId() + ":" + t.startedAt(),
        kind, JsonPost.json(n));
  }
}
