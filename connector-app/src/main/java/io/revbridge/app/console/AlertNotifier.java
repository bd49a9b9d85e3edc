package io.revbridge.app.console;

import io.revbridge.notify.AlertNotice;
import io.revbridge.store.NotificationDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues the console's alerts as notifications, once each: the notification key is the alert's key, and the store
 * refuses a key it holds already, on every instance. The existing sender delivers them to Slack or the webhook.
 * Looks at most once per {@link #EVERY}, whatever the caller's tick, reading the store afresh each time, so the alerts
 * page finds a reading at most a minute old without reading itself. Called from one thread.
 */
public final class AlertNotifier {
  static final Duration EVERY = Duration.ofMinutes(1);

  private final ConsoleData data;
  private final AlertFeed feed;
  private Instant last = Instant.MIN;

  /** @param feed the feed the alerts page shows too: each reading made here is the one the page shows next */
  public AlertNotifier(ConsoleData data, AlertFeed feed) {
    this.data = data;
    this.feed = feed;
  }

  /** @return how many new notifications were queued */
  public int queueNew() {
    Instant now = data.clock().instant();
    if (last.plus(EVERY).isAfter(now)) {
      return 0;
    }
    last = now;
    return queue(feed.refresh().alerts(), now);
  }

  int queue(List<Alert> alerts, Instant now) {
    int queued = 0;
    for (Alert a : alerts) {
      if (!a.send()) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("kind", a.kind());
      NotificationDraft d = AlertNotice.draft(a.key(), a.kind(), a.record(), a.title(), a.text(), fields);
      if (data.store().notifications().enqueue(d.key(), d.kind(), d.payload(), now)) {
        queued++;
      }
    }
    return queued;
  }
}
