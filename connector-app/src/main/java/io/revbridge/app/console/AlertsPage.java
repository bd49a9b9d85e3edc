package io.revbridge.app.console;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The alerts of now, grouped by kind; each is also sent once through the notification channels. */
final class AlertsPage implements Page {
  private static final Map<String, String> HEADINGS = new LinkedHashMap<>();

  static {
    HEADINGS.put("connection-paused", "Connections paused");
    HEADINGS.put("sla-breach", "SLA breaches (last 7 days)");
    HEADINGS.put("follow-up-overdue", "Overdue follow-ups");
    HEADINGS.put("deals-at-risk", "Deals at risk");
    HEADINGS.put("rep-below-target", "Reps below target");
  }

  private final AlertFeed feed;

  AlertsPage(AlertFeed feed) {
    this.feed = feed;
  }

  @Override
  public Rendered render(Context ctx, Session session) {
    AlertFeed.Reading reading = feed.current();
    Map<String, List<Alert>> byKind = reading.alerts().stream()
        .collect(Collectors.groupingBy(Alert::kind, LinkedHashMap::new, Collectors.toList()));
    StringBuilder body = new StringBuilder("<p class=\"muted\">As of " + Html.time(reading.readAt())
        + ", read again every minute. Alerts are also sent once each to the configured"
        + " notification channels (notifications.slackWebhookUrl / notifications.webhookUrl); SLA breaches are sent by"
        + " the SLA watch when they happen.</p>");
    HEADINGS.forEach((kind, heading) -> {
      List<Alert> alerts = byKind.getOrDefault(kind, List.of());
      body.append("<h2>").append(Html.esc(heading)).append(" <span class=\"pill").append(alerts.isEmpty() ? " ok" : " bad")
          .append("\">").append(alerts.size()).append("</span></h2>");
      if (alerts.isEmpty()) {
        body.append("<p class=\"muted\">None.</p>");
        return;
      }
      body.append("<table><thead><tr><th>When</th><th>Alert</th><th>Record</th></tr></thead><tbody>");
      for (Alert a : alerts) {
        body.append("<tr><td>").append(Html.time(a.at())).append("</td><td><strong>").append(Html.esc(a.title()))
            .append("</strong><br>").append(Html.esc(a.text())).append("</td><td>").append(record(a.record()))
            .append("</td></tr>");
      }
      body.append("</tbody></table>");
    });
    return new Rendered("Alerts", "/admin/alerts", body.toString());
  }

  private static String record(String key) {
    if (key == null) {
      return "";
    }
    String[] parts = key.split("/", 3);
    if (parts.length < 3) {
      return Html.esc(key);
    }
    return "<a href=\"" + RecordTrailPage.path(new io.revbridge.model.RecordRef(parts[0], parts[1], parts[2])) + "\">"
        + Html.esc(key) + "</a>";
  }
}
