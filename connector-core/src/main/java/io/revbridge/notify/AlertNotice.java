package io.revbridge.notify;

import io.revbridge.store.NotificationDraft;
import java.util.Map;

/**
 * An alert of the admin console (a connection paused, deals at risk, a follow-up overdue, a rep below target) as a
 * notification. The key makes it once per alert: the store refuses a second notification with the same key.
 */
public final class AlertNotice {
  private AlertNotice() {}

  /** @param key stable for one occurrence of the alert, e.g. {@code alert:connection-paused:main:<until>} */
  public static NotificationDraft draft(String key, String kind, String record, String title, String text,
      Map<String, String> fields) {
    return new NotificationDraft(key, kind, JsonPost.json(new Notification(kind, record, title, text, fields)));
  }
}
