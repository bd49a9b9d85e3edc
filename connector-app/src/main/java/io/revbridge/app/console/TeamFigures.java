package io.revbridge.app.console;

import io.revbridge.routing.RepTargets;
import io.revbridge.routing.Targets;
import io.revbridge.store.DealMonth;
import io.revbridge.store.OwnerDeals;
import io.revbridge.model.ActivityType;
import io.revbridge.store.ActivityStore;
import io.revbridge.store.SlaStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Per rep and period, from what the store sums: won revenue and deals (closed-won deals by close date), open
 * pipeline closing in the period and its coverage of the revenue still to win, pipeline generated (the amounts of the
 * deals the CRM created in the period, whatever their stage now), win rate, average deal size, leads assigned by
 * routing and deals per assigned lead, first-touch time (median) and the share of SLA clocks met (as
 * {@code revbridge route response-times} counts them), the calls, e-mails, meetings and tasks the CRM logged for the
 * rep (Revbridge's own tasks left out), and proposals (deals first seen at the proposal stage or a later one, not
 * lost, in the period). Targets from targets.yaml. Every figure is a GROUP BY in the store: no page reads deals, leads
 * or clocks one by one.
 */
final class TeamFigures {
  static final List<String> METRICS = List.of("revenue", "dealsClosed", "pipeline", "coverage", "pipelineGenerated",
      "winRate", "avgDealSize", "leadsAssigned", "dealsPerLead", "responseMinutes", "withinSla", "calls", "emails",
      "meetings", "tasks", "proposals");
  /** Metrics where less is better. */
  static final List<String> LOWER_IS_BETTER = List.of("responseMinutes");

  private final ConsoleData data;

  TeamFigures(ConsoleData data) {
    this.data = data;
  }

  /** The deals closing in these periods, summed per owner and month: read once per page, handed to the methods below. */
  List<DealMonth> deals(Period... periods) {
    LocalDate from = java.util.Arrays.stream(periods).map(Period::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate to = java.util.Arrays.stream(periods).map(Period::endExclusive).max(LocalDate::compareTo).orElseThrow();
    return data.store().forecasts().closingPerOwner(from, to);
  }

  /** Revenue won per owner in the period (for trends), from deals already summed. */
  static Map<String, Double> revenue(Period period, List<DealMonth> deals) {
    Map<String, Double> revenue = new java.util.TreeMap<>();
    for (DealMonth d : deals) {
      if (d.wonDeals() > 0 && period.contains(d.month().atDay(1))) {
        revenue.merge(d.ownerId(), d.won().doubleValue(), Double::sum);
      }
    }
    return revenue;
  }

  List<Scorecard> scorecards(Period period, List<DealMonth> deals) {
    Map<String, Long> assigned = data.store().routing().assignedPerOwner(period.from(), period.to());
    Map<String, SlaStore.OwnerResponses> responses = responses(period);
    Map<String, Map<ActivityType, Long>> activities = new HashMap<>();
    for (ActivityStore.OwnerCount n : data.store().activities().countByOwner(period.from(), period.to())) {
      activities.computeIfAbsent(n.ownerId(), k -> new java.util.EnumMap<>(ActivityType.class))
          .merge(n.type(), n.total(), Long::sum);
    }
    Map<String, OwnerDeals> generated = byOwner(data.store().forecasts().createdPerOwner(period.from(), period.to()));
    Map<String, OwnerDeals> proposed = byOwner(data.store().forecasts().proposedPerOwner(period.from(), period.to()));
    Map<String, DealTotals> closing = new HashMap<>();
    for (DealMonth d : deals) {
      if (period.contains(d.month().atDay(1))) {
        closing.merge(d.ownerId(), DealTotals.of(d), DealTotals::plus);
      }
    }
    TreeSet<String> owners = new TreeSet<>(assigned.keySet());
    owners.addAll(closing.keySet());
    owners.addAll(responses.keySet());
    owners.addAll(activities.keySet());
    owners.addAll(generated.keySet());
    owners.addAll(proposed.keySet());
    List<Scorecard> cards = new ArrayList<>();
    for (String owner : owners) {
      cards.add(card(owner, period, closing.getOrDefault(owner, DealTotals.NONE), assigned.getOrDefault(owner, 0L),
          responses.get(owner), activities.getOrDefault(owner, Map.of()), generated.get(owner), proposed.get(owner)));
    }
    return cards;
  }

  private static Map<String, OwnerDeals> byOwner(List<OwnerDeals> lines) {
    Map<String, OwnerDeals> byOwner = new HashMap<>();
    lines.forEach(l -> byOwner.put(l.ownerId(), l));
    return byOwner;
  }

  /**
   * Per owner (all teams together) the SLA clocks started in the period: how many, met, breached, open, and the
   * median first-touch time, as {@code revbridge route response-times} reports them (summed by the store).
   */
  private Map<String, SlaStore.OwnerResponses> responses(Period period) {
    Map<String, SlaStore.OwnerResponses> byOwner = new HashMap<>();
    for (SlaStore.OwnerResponses line : data.store().slas().responsesPerOwner(period.from(), period.to())) {
      byOwner.put(line.ownerId(), line);
    }
    return byOwner;
  }

  /** One owner's deals closing in the period, months added up. */
  private record DealTotals(long won, double revenue, long lost, long open, double pipeline) {
    static final DealTotals NONE = new DealTotals(0, 0, 0, 0, 0);

    static DealTotals of(DealMonth d) {
      return new DealTotals(d.wonDeals(), d.won().doubleValue(), d.lostDeals(), d.openDeals(),
          d.pipeline().doubleValue());
    }

    DealTotals plus(DealTotals o) {
      return new DealTotals(won + o.won, revenue + o.revenue, lost + o.lost, open + o.open, pipeline + o.pipeline);
    }
  }

  private Scorecard card(String owner, Period period, DealTotals deals, long leads, SlaStore.OwnerResponses response,
      Map<ActivityType, Long> activities, OwnerDeals generated, OwnerDeals proposed) {
    Map<String, Double> targets = targets(owner, period);
    Map<String, Double> a = new HashMap<>();
    a.put("revenue", deals.revenue());
    a.put("dealsClosed", (double) deals.won());
    a.put("pipeline", deals.pipeline());
    a.put("pipelineGenerated", generated == null ? 0 : generated.amount().doubleValue());
    a.put("proposals", proposed == null ? 0 : (double) proposed.deals());
    Double revenueTarget = targets.get("revenue");
    if (revenueTarget != null) {
      double toWin = Math.max(revenueTarget - deals.revenue(), 0);
      a.put("coverage", toWin == 0 ? deals.pipeline() > 0 ? 9.99 : 1.0 : deals.pipeline() / toWin);
    }
    if (deals.won() + deals.lost() > 0) {
      a.put("winRate", (double) deals.won() / (deals.won() + deals.lost()));
    }
    if (deals.won() > 0) {
      a.put("avgDealSize", deals.revenue() / deals.won());
    }
    a.put("leadsAssigned", (double) leads);
    if (leads > 0) {
      a.put("dealsPerLead", (double) (deals.won() + deals.lost() + deals.open()) / leads);
    }
    if (response != null && response.p50() != null) {
      a.put("responseMinutes", response.p50().toSeconds() / 60.0);
    }
    if (response != null && response.clocks() - response.open() > 0) {
      a.put("withinSla", (double) response.met() / (response.clocks() - response.open()));
    }
    if (data.store().activities() != null) {
      a.put("calls", (double) activities.getOrDefault(ActivityType.CALL, 0L));
      a.put("emails", (double) activities.getOrDefault(ActivityType.EMAIL, 0L));
      a.put("meetings", (double) activities.getOrDefault(ActivityType.MEETING, 0L));
      a.put("tasks", (double) activities.getOrDefault(ActivityType.TASK, 0L));
    }
    return new Scorecard(owner, a, targets);
  }

  private Map<String, Double> targets(String owner, Period period) {
    RepTargets t = data.targets().of(owner);
    Map<String, Double> targets = new HashMap<>();
    t.values().forEach((metric, value) -> {
      double v = value.doubleValue();
      targets.put(metric, metric.equals("responseMinutes") ? v : v * period.months());
    });
    return targets;
  }

  /** The team average of a metric over the reps that have a value for it. */
  static OptionalDouble teamAverage(List<Scorecard> cards, String metric) {
    return cards.stream().map(c -> c.actual(metric)).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).average();
  }

  /**
   * Reps below target this month: revenue or deals closed under {@code belowPercent} of the target pro-rated to the
   * days gone (checked from the 8th on, so the first week alerts nobody), or first touches slower than the SLA.
   * One alert per rep, metric and month.
   */
  List<Alert> belowTarget(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Period month = Period.parse(null, today);
    Targets targets = data.targets();
    if (targets.defaults().values().isEmpty() && targets.reps().isEmpty()) {
      return List.of();
    }
    double elapsed = (double) (today.getDayOfMonth()) / month.start().lengthOfMonth();
    List<Alert> alerts = new ArrayList<>();
    for (Scorecard c : scorecards(month, deals(month))) {
      for (String metric : List.of("revenue", "dealsClosed")) {
        OptionalDouble t = c.target(metric);
        double actual = c.actual(metric).orElse(0);
        if (today.getDayOfMonth() >= 8 && t.isPresent() && t.getAsDouble() > 0
            && actual < t.getAsDouble() * elapsed * targets.belowPercent() / 100.0) {
          alerts.add(new Alert("rep-below-target", "alert:rep-below-target:" + c.ownerId() + ":" + metric + ":"
              + month.label(), "Rep " + c.ownerId() + " below target: " + Labels.of(metric), Labels.value(metric, actual)
              + " so far in " + month.label() + " against a target of " + Labels.value(metric, t.getAsDouble())
              + " (" + Math.round(elapsed * 100) + "% of the month gone)", null, now, true));
        }
      }
      OptionalDouble sla = c.target("responseMinutes");
      OptionalDouble took = c.actual("responseMinutes");
      if (sla.isPresent() && took.isPresent() && took.getAsDouble() > sla.getAsDouble()) {
        alerts.add(new Alert("rep-below-target", "alert:rep-below-target:" + c.ownerId() + ":responseMinutes:"
            + month.label(), "Rep " + c.ownerId() + " slower than the response SLA", "First touch after "
            + Labels.value("responseMinutes", took.getAsDouble()) + " on average in " + month.label() + "; the SLA is "
            + Labels.value("responseMinutes", sla.getAsDouble()), null, now, true));
      }
    }
    return alerts;
  }
}
