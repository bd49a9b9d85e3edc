package io.revbridge.app.console;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * "How is the team doing?": per rep and period the scorecard against targets and the team average, a leaderboard,
 * month-over-month and quarter-over-quarter revenue, and per rep the strongest and weakest metric against the team.
 */
final class TeamPage implements Page {
  static final List<String> SCORED = List.of("revenue", "dealsClosed", "pipeline", "coverage", "pipelineGenerated",
      "winRate", "avgDealSize",
      "dealsPerLead", "responseMinutes", "withinSla");
  static final List<String> ACTIVITIES = List.of("calls", "emails", "meetings", "tasks", "proposals");

  private final ConsoleData data;
  private final TeamFigures figures;

  TeamPage(ConsoleData data) {
    this.data = data;
    this.figures = new TeamFigures(data);
  }

  @Override
  public Rendered render(Context ctx, Session session) {
    LocalDate today = LocalDate.now(data.clock().withZone(ZoneOffset.UTC));
    Period period = Period.parse(ctx.queryParam("period"), today);
    Period month = period.months() == 1 ? period : Period.month(YearMonth.from(today));
    Period quarter = period.months() == 3 ? period : Period.quarterOf(period.start());
    List<io.revbridge.store.DealMonth> deals = figures.deals(period, month.previous(), quarter.previous(), month,
        quarter);
    List<Scorecard> cards = figures.scorecards(period, deals);
    StringBuilder body = new StringBuilder(periodForm(period, today));
    if (cards.isEmpty()) {
      body.append(Html.empty("No rep has deals, leads or first touches in " + period.label() + ".",
          "Choose another period, or check that deals (with owners) and routing are synced."));
      return new Rendered("Team performance", "/admin/team", body.toString());
    }
    Map<String, OptionalDouble> team = new HashMap<>();
    for (String m : TeamFigures.METRICS) {
      team.put(m, TeamFigures.teamAverage(cards, m));
    }
    body.append(leaderboard(cards)).append(scorecardTable(cards, team)).append(activities(cards))
        .append(trends(month, quarter, deals)).append(coaching(cards, team));
    return new Rendered("Team performance", "/admin/team", body.toString());
  }

  private static String periodForm(Period period, LocalDate today) {
    StringBuilder f = new StringBuilder("<form method=\"get\" action=\"/admin/team\" class=\"filters\"><label>Period"
        + "<select name=\"period\">");
    List<Period> choices = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      choices.add(Period.month(YearMonth.from(today).minusMonths(i)));
    }
    Period q = Period.quarterOf(today);
    for (int i = 0; i < 4; i++) {
      choices.add(q);
      q = q.previous();
    }
    for (Period p : choices) {
      f.append("<option value=\"").append(p.label()).append('"').append(p.label().equals(period.label()) ? " selected" : "")
          .append('>').append(p.label()).append("</option>");
    }
    return f.append("</select></label><button type=\"submit\">Show</button></form>").toString();
  }

  private static String leaderboard(List<Scorecard> cards) {
    List<Scorecard> ranked = new ArrayList<>(cards);
    ranked.sort(Comparator.comparingDouble((Scorecard c) -> c.attainment("revenue").orElse(-1))
        .thenComparingDouble(c -> c.actual("revenue").orElse(0)).reversed());
    StringBuilder s = new StringBuilder("<h2>Leaderboard</h2><div class=\"cards\"><table><caption>By revenue against"
        + " target</caption><thead><tr><th class=\"num\">#</th><th>Rep</th><th class=\"num\">Revenue won</th>"
        + "<th class=\"num\">Of target</th></tr></thead><tbody>");
    List<Svg.Bar> bars = new ArrayList<>();
    int rank = 1;
    for (Scorecard c : ranked) {
      s.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(Html.esc(c.ownerId()))
          .append("</td><td class=\"num\">").append(Labels.value("revenue", c.actual("revenue").orElse(0)))
          .append("</td><td class=\"num\">").append(c.attainment("revenue").isPresent()
              ? Math.round(c.attainment("revenue").getAsDouble() * 100) + "%" : "—").append("</td></tr>");
      bars.add(new Svg.Bar(c.ownerId(), c.attainment("revenue").orElse(0) * 100));
    }
    return s.append("</tbody></table><figure class=\"card\"><figcaption>Revenue won, % of target</figcaption>")
        .append(Svg.bars(bars, "Revenue won as a percentage of target, per rep", "%.0f%%")).append("</figure></div>")
        .toString();
  }

  private static String scorecardTable(List<Scorecard> cards, Map<String, OptionalDouble> team) {
    StringBuilder s = new StringBuilder("<h2>Scorecards</h2><div class=\"scroll\"><table><caption>Actual / target;"
        + " the last row is the team average</caption><thead><tr><th>Rep</th>");
    SCORED.forEach(m -> s.append("<th class=\"num\">").append(Html.esc(Labels.of(m))).append("</th>"));
    s.append("</tr></thead><tbody>");
    for (Scorecard c : cards) {
      s.append("<tr><td>").append(Html.esc(c.ownerId())).append("</td>");
      for (String m : SCORED) {
        s.append("<td class=\"num\">").append(cell(c, m)).append("</td>");
      }
      s.append("</tr>");
    }
    s.append("<tr><th>Team average</th>");
    for (String m : SCORED) {
      s.append("<td class=\"num\">").append(team.get(m).isPresent() ? Labels.value(m, team.get(m).getAsDouble()) : "—")
          .append("</td>");
    }
    return s.append("</tr></tbody></table></div>").toString();
  }

  private static String cell(Scorecard c, String m) {
    OptionalDouble a = c.actual(m);
    if (a.isEmpty()) {
      return "<span class=\"muted\">—" + (c.target(m).isPresent() ? " / " + Labels.value(m, c.target(m).getAsDouble())
          : "") + "</span>";
    }
    String text = Labels.value(m, a.getAsDouble());
    OptionalDouble t = c.target(m);
    if (t.isEmpty()) {
      return text;
    }
    boolean good = TeamFigures.LOWER_IS_BETTER.contains(m) ? a.getAsDouble() <= t.getAsDouble()
        : a.getAsDouble() >= t.getAsDouble();
    return "<span class=\"" + (good ? "ok" : "warn") + "\">" + text + "</span> <span class=\"muted\">/ "
        + Labels.value(m, t.getAsDouble()) + "</span>";
  }

  private static String activities(List<Scorecard> cards) {
    boolean any = cards.stream().anyMatch(c -> ACTIVITIES.stream().anyMatch(m -> c.actual(m).isPresent()));
    if (!any) {
      return "<h2>Activities</h2>" + Html.empty("No call, e-mail, meeting or task in this period.",
          "Activities are read from the CRM on every poll; check that the connection may read them (see the README).");
    }
    StringBuilder s = new StringBuilder("<h2>Activities</h2><table><caption>Logged in the CRM in the period, against"
        + " target; proposals are deals first seen at the proposal stage or later (not lost) in the period</caption><thead><tr><th>Rep</th>");
    ACTIVITIES.forEach(m -> s.append("<th class=\"num\">").append(Html.esc(Labels.of(m))).append("</th>"));
    s.append("</tr></thead><tbody>");
    for (Scorecard c : cards) {
      s.append("<tr><td>").append(Html.esc(c.ownerId())).append("</td>");
      ACTIVITIES.forEach(m -> s.append("<td class=\"num\">").append(cell(c, m)).append("</td>"));
      s.append("</tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  private static String trends(Period month, Period quarter, List<io.revbridge.store.DealMonth> deals) {
    Map<String, double[]> rows = new java.util.TreeMap<>();
    fill(rows, TeamFigures.revenue(month, deals), 0);
    fill(rows, TeamFigures.revenue(month.previous(), deals), 1);
    fill(rows, TeamFigures.revenue(quarter, deals), 2);
    fill(rows, TeamFigures.revenue(quarter.previous(), deals), 3);
    if (rows.isEmpty()) {
      return "<h2>Trends</h2>" + Html.empty("No deal was won in " + quarter.previous().label() + " to " + month.label()
          + ".", "Month-over-month and quarter-over-quarter revenue shows here once deals close won.");
    }
    StringBuilder s = new StringBuilder("<h2>Trends</h2><table><caption>Revenue won: ").append(month.label())
        .append(" against ").append(month.previous().label()).append(" (month over month), ").append(quarter.label())
        .append(" against ").append(quarter.previous().label()).append(" (quarter over quarter)</caption><thead><tr>")
        .append("<th>Rep</th><th class=\"num\">").append(month.label()).append("</th><th class=\"num\">")
        .append(month.previous().label()).append("</th><th class=\"num\">MoM</th><th class=\"num\">").append(quarter.label())
        .append("</th><th class=\"num\">").append(quarter.previous().label()).append("</th><th class=\"num\">QoQ</th>")
        .append("</tr></thead><tbody>");
    rows.forEach((owner, v) -> s.append("<tr><td>").append(Html.esc(owner)).append("</td><td class=\"num\">")
        .append(Labels.value("revenue", v[0])).append("</td><td class=\"num\">").append(Labels.value("revenue", v[1]))
        .append("</td><td class=\"num\">").append(change(v[0], v[1])).append("</td><td class=\"num\">")
        .append(Labels.value("revenue", v[2])).append("</td><td class=\"num\">").append(Labels.value("revenue", v[3]))
        .append("</td><td class=\"num\">").append(change(v[2], v[3])).append("</td></tr>"));
    return s.append("</tbody></table>").toString();
  }

  private static void fill(Map<String, double[]> rows, Map<String, Double> revenue, int column) {
    revenue.forEach((owner, amount) -> rows.computeIfAbsent(owner, k -> new double[4])[column] = amount);
  }

  private static String change(double now, double before) {
    if (before == 0) {
      return now == 0 ? "—" : "<span class=\"ok\">new</span>";
    }
    long percent = Math.round((now - before) * 100 / before);
    return "<span class=\"" + (percent >= 0 ? "ok" : "warn") + "\">" + (percent >= 0 ? "▲ +" : "▼ ") + percent + "%</span>";
  }

  private static String coaching(List<Scorecard> cards, Map<String, OptionalDouble> team) {
    StringBuilder s = new StringBuilder("<h2>Coaching hints</h2><p class=\"muted\">Each rep's strongest and weakest"
        + " metric against the team average.</p><ul>");
    for (Scorecard c : cards) {
      String best = null;
      String worst = null;
      double bestRatio = 0;
      double worstRatio = Double.MAX_VALUE;
      for (String m : SCORED) {
        OptionalDouble a = c.actual(m);
        OptionalDouble t = team.get(m);
        if (a.isEmpty() || t.isEmpty() || t.getAsDouble() <= 0 || m.equals("coverage")) {
          continue;
        }
        double ratio = TeamFigures.LOWER_IS_BETTER.contains(m)
            ? (a.getAsDouble() <= 0 ? 2 : t.getAsDouble() / a.getAsDouble()) : a.getAsDouble() / t.getAsDouble();
        if (ratio > bestRatio) {
          bestRatio = ratio;
          best = m;
        }
        if (ratio < worstRatio) {
          worstRatio = ratio;
          worst = m;
        }
      }
      if (best == null) {
        continue;
      }
      s.append("<li><strong>").append(Html.esc(c.ownerId())).append("</strong>: strongest ")
          .append(Html.esc(Labels.of(best))).append(" (").append(Labels.value(best, c.actual(best).getAsDouble()))
          .append(" vs team ").append(Labels.value(best, team.get(best).getAsDouble())).append(")");
      if (!worst.equals(best)) {
        s.append("; weakest ").append(Html.esc(Labels.of(worst))).append(" (")
            .append(Labels.value(worst, c.actual(worst).getAsDouble())).append(" vs team ")
            .append(Labels.value(worst, team.get(worst).getAsDouble())).append(")");
      }
      s.append("</li>");
    }
    return s.append("</ul>").toString();
  }
}
