package io.revbridge.app.console;

import io.javalin.http.Context;
import io.revbridge.spi.ApiUsage;
import io.revbridge.sync.ConnectionHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "Is it working?": per connection its polls, webhooks, backlog, lag, errors, API allowance, pause and throughput. */
final class OverviewPage implements Page {
  static final int HOURS = 24;

  private final ConsoleData data;
  private final LiveFigures live;

  OverviewPage(ConsoleData data) {
    this.data = data;
    this.live = new LiveFigures(data.metrics());
  }

  @Override
  public Rendered render(Context ctx, Session session) {
    Instant now = data.clock().instant();
    long thisHour = now.getEpochSecond() / 3600;
    Instant since = Instant.ofEpochSecond((thisHour - HOURS + 1) * 3600);
    Map<String, Map<Long, Long>> perHour = data.store().outbox().donePerHour(since);
    List<ConnectionHealth> all = data.health().read(data.connections());
    if (all.isEmpty()) {
      return new Rendered("Overview", "/admin", Html.empty("No connection is configured.",
          "Add one under connections: in revbridge.yaml (see the README's Configuration section) and restart."));
    }
    StringBuilder body = new StringBuilder("<div class=\"cards\">");
    for (ConnectionHealth h : all) {
      List<Long> hours = new ArrayList<>();
      Map<Long, Long> counts = perHour.getOrDefault(h.connection(), Map.of());
      for (long hour = thisHour - HOURS + 1; hour <= thisHour; hour++) {
        hours.add(counts.getOrDefault(hour, 0L));
      }
      body.append(card(h, hours, now));
    }
    return new Rendered("Overview", "/admin", body.append("</div>").toString());
  }

  private String card(ConnectionHealth h, List<Long> hours, Instant now) {
    String name = h.connection();
    long total = hours.stream().mapToLong(Long::longValue).sum();
    StringBuilder c = new StringBuilder("<section class=\"card\" aria-labelledby=\"c-" + Html.esc(name) + "\">");
    c.append("<h2 id=\"c-").append(Html.esc(name)).append("\">").append(Html.esc(name)).append(" <span class=\"pill\">")
        .append(Html.esc(data.crms().getOrDefault(name, ""))).append("</span> ")
        .append(h.paused() ? "<span class=\"pill bad\">paused</span>" : "<span class=\"pill ok\">running</span>")
        .append("</h2><dl class=\"facts\">");
    fact(c, "Last successful poll", h.lastSuccessfulPoll().map(Html::time)
        .orElse("<span class=\"warn\">none yet</span>") + stale(h, now));
    fact(c, "Webhook intake", live.webhookEvents(name) + " changes received, " + live.webhooksRejected(name)
        + " requests refused <span class=\"muted\">(since start)</span>");
    fact(c, "Backlog", h.inboxBacklog() + " changes in the inbox, " + h.outboxBacklog() + " writes in the outbox");
    fact(c, "Change → write-back", live.lag(name, 0.5).map(d -> "p50 ≤ " + LiveFigures.describe(d)
        + ", p95 ≤ " + LiveFigures.describe(live.lag(name, 0.95).orElse(d))
        + " <span class=\"muted\">(since start)</span>").orElse("<span class=\"muted\">no write since start</span>"));
    fact(c, "Open errors", errors(h.openErrors()));
    fact(c, "API usage", usage(h.usage()));
    fact(c, "Paused", h.paused() ? "<span class=\"bad\">until " + Html.time(h.pausedUntil().get()) + "</span>: "
        + Html.esc(h.pausedWhy().orElse("the CRM asked Revbridge to wait")) : "no");
    c.append("</dl><h3>Writes per hour, last 24 hours</h3>")
        .append(Svg.sparkline(hours, total + " writes to " + name + " in the last 24 hours, hourly"))
        .append("<p class=\"muted\">").append(total).append(" writes in 24 h</p></section>");
    return c.toString();
  }

  private String stale(ConnectionHealth h, Instant now) {
    return h.lastSuccessfulPoll().filter(at -> Duration.between(at, now).toHours() >= 1)
        .map(at -> " <span class=\"warn\">(over an hour ago: check the log for poll errors)</span>").orElse("");
  }

  private static String errors(Map<String, Long> open) {
    if (open.isEmpty()) {
      return "<span class=\"ok\">none</span>";
    }
    StringBuilder s = new StringBuilder();
    open.forEach((type, n) -> s.append(s.length() == 0 ? "" : ", ").append("<span class=\"bad\">").append(n)
        .append("</span> ").append(Html.esc(type)));
    return s + " — <a href=\"/admin/dead-letters\">see dead letters</a>";
  }

  private static String usage(ApiUsage u) {
    StringBuilder s = new StringBuilder();
    if (u.used().isPresent() && u.dailyLimit().isPresent() && u.dailyLimit().getAsLong() > 0) {
      long percent = Math.round(100.0 * u.used().getAsLong() / u.dailyLimit().getAsLong());
      s.append(u.used().getAsLong()).append(" of ").append(u.dailyLimit().getAsLong()).append(" daily requests (")
          .append("<span class=\"").append(percent >= 80 ? "warn" : "ok").append("\">").append(percent)
          .append("%</span>)");
    } else if (u.note().isBlank()) {
      s.append("<span class=\"muted\">the CRM has not reported it yet</span>");
    }
    u.throttledUntil().ifPresent(t -> s.append("; holding back non-essential work until ").append(Html.time(t)));
    if (u.note() != null && !u.note().isBlank()) {
      s.append(" <span class=\"muted\">").append(Html.esc(u.note())).append("</span>");
    }
    return s.toString();
  }

  private static void fact(StringBuilder c, String term, String html) {
    c.append("<dt>").append(Html.esc(term)).append("</dt><dd>").append(html).append("</dd>");
  }
}
