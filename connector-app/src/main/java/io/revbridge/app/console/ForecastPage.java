package io.revbridge.app.console;

import io.javalin.http.Context;
import io.revbridge.forecast.ForecastRollup;
import io.revbridge.forecast.RollupLine;
import io.revbridge.store.ForecastCell;
import io.revbridge.store.ForecastRow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The forecast roll-up ({@code revbridge forecast}, {@code GET /admin/api/forecast}) per quarter, per owner within a
 * chosen quarter, as tables and bars; and the open deals at risk with their risks, largest first.
 */
final class ForecastPage implements Page {
  static final int AT_RISK_SHOWN = 25;

  private final ConsoleData data;

  ForecastPage(ConsoleData data) {
    this.data = data;
  }

  @Override
  public Rendered render(Context ctx, Session session) {
    List<ForecastCell> cells = data.store().forecasts().cells(data.forecastModel().commitMin(),
        data.forecastModel().bestCaseMin());
    if (cells.isEmpty()) {
      return new Rendered("Forecast", "/admin/forecast", Html.empty("No deal has been forecast yet.",
          "Add deals (HubSpot) or Opportunity (Salesforce) to a connection's objects; each pass forecasts them."));
    }
    TreeSet<String> quarters = new TreeSet<>();
    cells.forEach(c -> quarters.add(ForecastRollup.quarter(c)));
    String current = Quarters.of(LocalDate.now(data.clock().withZone(ZoneOffset.UTC)));
    String asked = ctx.queryParam("quarter");
    String quarter = asked != null && quarters.contains(asked) ? asked
        : quarters.contains(current) ? current : quarters.first();
    StringBuilder body = new StringBuilder("<p class=\"muted\">Commit counts open deals at ")
        .append(data.forecastModel().commitMin()).append("% or more, best case at ")
        .append(data.forecastModel().bestCaseMin()).append("% or more (the playbook's deal-forecast.yaml).</p>");
    body.append("<h2>By quarter</h2>").append(table(ForecastRollup.ofCells(cells, ForecastRollup.By.QUARTER),
        "Quarter"));

    body.append("<h2 id=\"by-owner\">By owner in ").append(Html.esc(quarter)).append("</h2>")
        .append("<form method=\"get\" action=\"/admin/forecast#by-owner\" class=\"filters\"><label>Quarter<select name=\"quarter\">");
    for (String q : quarters) {
      body.append("<option").append(q.equals(quarter) ? " selected" : "").append(">").append(Html.esc(q)).append("</option>");
    }
    body.append("</select></label><button type=\"submit\">Show</button></form>");
    List<ForecastCell> inQuarter = cells.stream().filter(c -> ForecastRollup.quarter(c).equals(quarter)).toList();
    List<RollupLine> owners = ForecastRollup.ofCells(inQuarter, ForecastRollup.By.OWNER);
    body.append(table(owners, "Owner"));
    List<Svg.Bar> pipeline = new ArrayList<>();
    List<Svg.Bar> weighted = new ArrayList<>();
    for (RollupLine l : owners) {
      if (!l.group().equals("all")) {
        pipeline.add(new Svg.Bar(l.group(), l.pipeline().doubleValue()));
        weighted.add(new Svg.Bar(l.group(), l.weighted().doubleValue()));
      }
    }
    body.append("<div class=\"cards\"><figure class=\"card\"><figcaption>Open pipeline per owner, ").append(Html.esc(quarter))
        .append("</figcaption>").append(Svg.bars(pipeline, "Open pipeline per owner in " + quarter, "%,.0f"))
        .append("</figure><figure class=\"card\"><figcaption>Expected value per owner, ").append(Html.esc(quarter))
        .append("</figcaption>").append(Svg.bars(weighted, "Expected value per owner in " + quarter, "%,.0f"))
        .append("</figure></div>");
    body.append(atRisk(data.store().forecasts().atRisk(AT_RISK_SHOWN)));
    return new Rendered("Forecast", "/admin/forecast", body.toString());
  }

  private static String atRisk(io.revbridge.store.DealsAtRisk risky) {
    StringBuilder s = new StringBuilder("<h2>Deals at risk</h2>");
    if (risky.deals() == 0) {
      return s.append(Html.empty("No open deal shows a risk.", "Risks come from the forecast: overdue close dates,"
          + " stalled stages, missing amounts.")).toString();
    }
    s.append("<p>").append(risky.deals()).append(" open deals show a risk").append(risky.deals() > AT_RISK_SHOWN
        ? "; the " + AT_RISK_SHOWN + " largest are shown" : "").append(".</p><table><thead><tr><th>Deal</th><th>Owner</th>")
        .append("<th>Stage</th><th class=\"num\">Amount</th><th class=\"num\">Probability</th><th>Close</th><th>Risks</th>")
        .append("</tr></thead><tbody>");
    for (ForecastRow r : risky.largest()) {
      s.append("<tr><td><a href=\"").append(RecordTrailPage.path(r.ref())).append("\">").append(Html.esc(r.ref().key()))
          .append("</a></td><td>").append(Html.esc(r.ownerId() == null ? "(no owner)" : r.ownerId())).append("</td><td>")
          .append(Html.esc(r.stage() == null ? "(unmapped)" : r.stage())).append("</td><td class=\"num\">")
          .append(Money.of(r.amount())).append("</td><td class=\"num\">").append(r.probability()).append("%</td><td>")
          .append(Html.esc(r.closeDate())).append("</td><td><ul>");
      r.risks().forEach(risk -> s.append("<li>").append(Html.esc(risk)).append("</li>"));
      s.append("</ul></td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }

  private static String table(List<RollupLine> lines, String group) {
    StringBuilder s = new StringBuilder("<table><thead><tr><th>").append(group).append("</th><th class=\"num\">Open deals")
        .append("</th><th class=\"num\">Commit</th><th class=\"num\">Best case</th><th class=\"num\">Pipeline</th>")
        .append("<th class=\"num\">Expected value</th><th class=\"num\">Won</th></tr></thead><tbody>");
    for (RollupLine l : lines) {
      boolean total = l.group().equals("all");
      s.append(total ? "<tr class=\"total\"><th>All</th>" : "<tr><td>" + Html.esc(l.group()) + "</td>")
          .append("<td class=\"num\">").append(l.openDeals()).append("</td><td class=\"num\">").append(Money.of(l.commit()))
          .append("</td><td class=\"num\">").append(Money.of(l.bestCase())).append("</td><td class=\"num\">")
          .append(Money.of(l.pipeline())).append("</td><td class=\"num\">").append(Money.of(l.weighted()))
          .append("</td><td class=\"num\">").append(Money.of(l.won())).append("</td></tr>");
    }
    return s.append("</tbody></table>").toString();
  }
}
