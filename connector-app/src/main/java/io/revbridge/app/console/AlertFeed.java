package io.revbridge.app.console;

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

/**
 * The alerts as of now, read from the store: SLA breaches of the last week, follow-ups overdue (leads reminded and
 * still untouched, sequence steps not created an hour after they were due), open deals at risk (one daily digest),
 * reps below target this month, and paused connections. The alerts page shows them; {@link AlertNotifier} sends them.
 */
final class AlertFeed {
  static final Duration BREACHES_SHOWN = Duration.ofDays(7);
  static final Duration STEP_GRACE = Duration.ofHours(1);
  static final int LISTED = 100;

  /** How long one reading of the alerts is shown before it is read again (they read a month of SLA clocks). */
  static final Duration FRESH_FOR = Duration.ofMinutes(1);

  private final ConsoleData data;
  private final TeamFigures team;
  private List<Alert> cached;
  private Instant readAt;

  AlertFeed(ConsoleData data) {
    this.data = data;
    this.team = new TeamFigures(data);
  }

  /** The alerts as read at most {@link #FRESH_FOR} ago (read now when older). Thread-safe. */
  synchronized List<Alert> current() {
    Instant now = data.clock().instant();
    if (cached == null || !readAt.plus(FRESH_FOR).isAfter(now)) {
      cached = List.copyOf(read(now));
      readAt = now;
    }
    return cached;
  }

  /** When {@link #current} last read the store. */
  synchronized Instant readAt() {
    return readAt;
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
    for (SlaClock c : data.store().slas().withStatus(SlaTimer.OPEN, now.minus(Duration.ofDays(30)), LISTED)) {
      if (!c.timer().remindAt().isAfter(now)) {
        alerts.add(new Alert("follow-up-overdue", "alert:follow-up:" + c.timer().recordKey() + ":" + c.timer().startedAt(),
            "First touch due soon", "Owner " + c.timer().ownerId() + " was reminded; the first touch is due "
                + c.timer().dueAt(), c.timer().recordKey(), c.timer().remindAt(), false));
      }
    }
    for (SequenceStepState s : data.store().sequences().pendingDueBefore(now.minus(STEP_GRACE), LISTED)) {
      alerts.add(new Alert("follow-up-overdue", "alert:sequence-step:" + s.step().recordKey() + ":" + s.step().sequence()
          + ":" + s.step().stepNo(), "Sequence step overdue", "Step " + s.step().stepNo() + " of " + s.step().sequence()
          + " was due " + s.step().dueAt() + " and its task is not created yet (is `revbridge run` running?)",
          s.step().recordKey(), s.step().dueAt(), true));
    }
    List<ForecastRow> risky = data.store().forecasts().openAtRisk();
    if (!risky.isEmpty()) {
      BigDecimal amount = risky.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      ForecastRow largest = risky.get(0);
      alerts.add(new Alert("deals-at-risk", "alert:deals-at-risk:" + LocalDate.ofInstant(now, ZoneOffset.UTC),
          risky.size() + " open deals at risk", Money.of(amount) + " of pipeline; the largest, " + largest.ref().key()
              + " (" + Money.of(largest.amount()) + "): " + String.join("; ", largest.risks()), largest.ref().key(), now,
          true));
    }
    alerts.addAll(team.belowTarget(now));
    return alerts;
  }
}
