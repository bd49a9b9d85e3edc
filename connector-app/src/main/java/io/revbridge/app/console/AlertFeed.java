package io.revbridge.app.console;

import io.revbridge.store.DealsAtRisk;
import io.revbridge.store.ForecastRow;
import io.revbridge.store.SequenceStepState;
import io.revbridge.store.SlaClock;
import io.revbridge.store.SlaTimer;
import io.revbridge.sync.ConnectionHealth;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The alerts as of now, read from the store: SLA breaches of the last week, follow-ups overdue (leads reminded and
 * still untouched, sequence steps not created an hour after they were due), open deals at risk (one daily digest),
 * reps below target this month, and paused connections. {@link AlertNotifier} reads them on its schedule and sends
 * them; the alerts page shows the latest reading. One instance is shared by both.
 */
public final class AlertFeed {
  static final Duration BREACHES_SHOWN = Duration.ofDays(7);
  static final Duration STEP_GRACE = Duration.ofHours(1);
  static final int LISTED = 100;

  /**
   * How long a reading is shown before the page reads the store itself: longer than the notifier's minute plus its
   * tick, so while `revbridge run` runs the page always shows the notifier's reading and never waits for one.
   */
  static final Duration FRESH_FOR = Duration.ofMinutes(2);

  /** One reading of the store. */
  record Reading(List<Alert> alerts, Instant readAt) {}

  private final ConsoleData data;
  private final TeamFigures team;
  private final AtomicReference<Reading> latest = new AtomicReference<>();

  public AlertFeed(ConsoleData data) {
    this.data = data;
    this.team = new TeamFigures(data);
  }

  /**
   * Reads the store now and makes this the reading the page shows. Thread-safe and lock-free: a page and the
   * notifier reading at the same moment each read (the store sums everything, so a reading is cheap) and neither
   * waits for the other; the later reading stays.
   */
  Reading refresh() {
    Instant now = data.clock().instant();
    Reading reading = new Reading(List.copyOf(read(now)), now);
    latest.accumulateAndGet(reading, (old, mine) -> old != null && old.readAt().isAfter(mine.readAt()) ? old : mine);
    return reading;
  }

  /**
   * Makes the first reading, before the console opens: the page shows the notifier's readings, and its first one
   * would otherwise come a few seconds after the start, so the first visitor's page would read the store itself.
   */
  public void prime() {
    refresh();
  }

  /** The latest reading when younger than {@link #FRESH_FOR}, else a new one. Thread-safe. */
  Reading current() {
    Reading reading = latest.get();
    if (reading == null || !reading.readAt().plus(FRESH_FOR).isAfter(data.clock().instant())) {
      return refresh();
    }
    return reading;
  }

  private List<Alert> read(Instant now) {
    List<Alert> alerts = new ArrayList<>();
    for (ConnectionHealth h : data.health().read(data.connections())) {
      if (h.paused()) {
        alerts.add(new Alert("connection-paused", "alert:connection-paused:" + h.connection() + ":" + h.pausedUntil().get(),
            "Connection " + h.connection() + " is paused", "Nothing is sent to the CRM until " + h.pausedUntil().get()
                + ": " + h.pausedWhy().orElse("the CRM asked Revbridge to wait"), null, now, true));
      }
    }
    for (SlaClock c : data.store().slas().withStatus(SlaTimer.BREACHED, now.minus(BREACHES_SHOWN), LISTED)) {
      alerts.add(new Alert("sla-breach", "alert:sla-breach:" + c.timer().recordKey() + ":" + c.timer().startedAt(),
          "SLA breached", "Owner " + c.timer().ownerId() + " did not touch this " + c.timer().grade() + " lead by "
              + c.timer().dueAt(), c.timer().recordKey(), c.timer().dueAt(), false));
    }
    for (SlaClock c : data.store().slas().remindedOpen(now, now.minus(Duration.ofDays(30)), LISTED)) {
      alerts.add(new Alert("follow-up-overdue", "alert:follow-up:" + c.timer().recordKey() + ":" + c.timer().startedAt(),
          "First touch due soon", "Owner " + c.timer().ownerId() + " was reminded; the first touch is due "
              + c.timer().dueAt(), c.timer().recordKey(), c.timer().remindAt(), false));
    }
    for (SequenceStepState s : data.store().sequences().pendingDueBefore(now.minus(STEP_GRACE), LISTED)) {
      alerts.add(new Alert("follow-up-overdue", "alert:sequence-step:" + s.step().recordKey() + ":" + s.step().sequence()
          + ":" + s.step().stepNo(), "Sequence step overdue", "Step " + s.step().stepNo() + " of " + s.step().sequence()
          + " was due " + s.step().dueAt() + " and its task is not created yet (is `revbridge run` running?)",
          s.step().recordKey(), s.step().dueAt(), true));
    }
    DealsAtRisk risky = data.store().forecasts().atRisk(1);
    if (risky.deals() > 0) {
      ForecastRow largest = risky.largest().get(0);
      alerts.add(new Alert("deals-at-risk", "alert:deals-at-risk:" + LocalDate.ofInstant(now, ZoneOffset.UTC),
          risky.deals() + " open deals at risk", Money.of(risky.amount()) + " of pipeline; the largest, "
              + largest.ref().key() + " (" + Money.of(largest.amount()) + "): " + String.join("; ", largest.risks()),
          largest.ref().key(), now, true));
    }
    alerts.addAll(team.belowTarget(now));
    return alerts;
  }
}
