package io.revbridge.forecast;

import io.revbridge.model.Deal;
import io.revbridge.model.DealSignals;
import io.revbridge.scoring.Reasons;
import io.revbridge.scoring.ScoreReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts a deal with a {@link ForecastModel}: stage base plus milestone, competition, time and BANT adjustments,
 * clamped for open deals. A pure function of the deal and {@code today} (dates are UTC days); immutable and safe to
 * share between threads.
 */
public final class DealForecaster {
  private final ForecastModel model;

  public DealForecaster(ForecastModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  public ForecastModel model() {
    return model;
  }

  /** @param crm {@code hubspot} or {@code salesforce}: whose stage names the deal's stage is in */
  public DealForecast forecast(Deal deal, String crm, LocalDate today) {
    Optional<ForecastStage> mapped = model.stageOf(crm, deal.stage());
    DealSignals s = deal.signals();
    List<ScoreReason> adjustments = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    if (mapped.isPresent() && mapped.get().closed()) {
      boolean won = mapped.get() == ForecastStage.CLOSED_WON;
      adjustments.add(new ScoreReason("stage", won ? 100 : 0, won ? "closed won" : "closed lost"));
      return new DealForecast(mapped.get(), won ? 100 : 0, expected(deal.amount(), won ? 100 : 0), deal.closeDate(),
          ForecastConfidence.HIGH, adjustments, risks, steps);
    }
    ForecastStage stage = mapped.orElse(null);
    int sum;
    if (stage == null) {
      sum = model.base().get(ForecastStage.QUALIFICATION);
      adjustments.add(new ScoreReason("stage", sum, "stage '" + deal.stage() + "' not in the playbook, counted as "
          + "Qualification"));
      risks.add(deal.stage() == null ? "no stage" : "stage '" + deal.stage() + "' is not mapped in the playbook");
    } else {
      sum = model.base().get(stage);
      adjustments.add(new ScoreReason("stage", sum, "stage " + stage.display() + " ('" + deal.stage() + "')"));
    }
    sum += milestone(s, adjustments);
    sum += competition(s, adjustments);
    sum += time(deal, today, adjustments);
    sum += bant(s, adjustments);
    int probability = Math.max(model.clampMin(), Math.min(model.clampMax(), sum));
    if (probability != sum) {
      adjustments.add(new ScoreReason("clamp", probability - sum, "clamped to " + probability + "% for an open deal"));
    }
    risksAndSteps(deal, stage, today, risks, steps);
    return new DealForecast(stage, probability, expected(deal.amount(), probability), predictedClose(deal, stage, today),
        confidence(deal, today), Reasons.byImpact(adjustments), risks, steps);
  }

  private int milestone(DealSignals s, List<ScoreReason> out) {
    boolean[] reached = {s.emailEngaged(), s.demoCompleted(), s.proposalSent(), s.contractReview(), s.legalInvolved()};
    String[] text = {"email engagement", "demo completed", "proposal sent", "contract review", "legal involved"};
    for (int i = reached.length - 1; i >= 0; i--) {
      if (reached[i]) {
        int points = model.milestones().get(i);
        out.add(new ScoreReason("milestone", points, text[i]));
        return points;
      }
    }
    return 0;
  }

  private int competition(DealSignals s, List<ScoreReason> out) {
    if (s.competition() == null || s.competition().isBlank()) {
      out.add(new ScoreReason("competition", 0, "competition unknown"));
      return 0;
    }
    String key = s.competition().strip().toLowerCase(Locale.ROOT);
    Integer points = model.competition().get(key);
    if (points == null) {
      out.add(new ScoreReason("competition", 0, "competition '" + s.competition().strip() + "' not in the playbook"));
      return 0;
    }
    String text = switch (key) {
      case "none" -> "no competition";
      case "incumbent" -> "replacing an incumbent";
      default -> key + " competition";
    };
    out.add(new ScoreReason("competition", points, text));
    return points;
  }

  private int time(Deal deal, LocalDate today, List<ScoreReason> out) {
    int sum = 0;
    Instant created = deal.signals().createdAt();
    if (created != null) {
      long age = ChronoUnit.DAYS.between(day(created), today);
      if (age > model.averageCycleDays()) {
        sum += add(out, "time", model.olderThanCycle(),
            "open longer than the " + model.averageCycleDays() + "-day average cycle (" + age + " days)");
      }
    }
    if (today.getMonthValue() % 3 == 0) {
      sum += add(out, "time", model.lastMonthOfQuarter(), "last month of the quarter");
    }
    for (HolidayPeriod holiday : model.holidays()) {
      if (holiday.contains(today)) {
        sum += add(out, "time", model.holidayPeriod(), "holiday period");
        break;
      }
    }
    return sum;
  }

  private int bant(DealSignals s, List<ScoreReason> out) {
    int sum = 0;
    if (s.budgetConfirmed()) {
      sum += add(out, "bant", model.budget(), "budget confirmed");
    }
    if (s.authorityConfirmed()) {
      sum += add(out, "bant", model.authority(), "authority confirmed");
    }
    if (s.needConfirmed()) {
      sum += add(out, "bant", model.need(), "need confirmed");
    }
    if (s.timelineConfirmed()) {
      sum += add(out, "bant", model.timeline(), "timeline confirmed");
    }
    return sum;
  }

  private void risksAndSteps(Deal deal, ForecastStage stage, LocalDate today, List<String> risks, List<String> steps) {
    DealSignals s = deal.signals();
    long idle = idleDays(deal, today);
    if (idle >= model.noActivityDays()) {
      risks.add("no activity for " + idle + " days");
      steps.add("re-engage the buyer: nothing happened for " + idle + " days");
    }
    boolean proposalOrLater = stage != null && stage.ordinal() >= ForecastStage.PROPOSAL.ordinal();
    if (proposalOrLater && !s.budgetConfirmed()) {
      risks.add("no budget confirmed at " + stage.display());
      steps.add("confirm the budget");
    }
    if (deal.closeDate() == null) {
      risks.add("no close date");
      steps.add("set a close date");
    } else if (deal.closeDate().isBefore(today)) {
      risks.add("close date in the past");
      steps.add("update the close date");
    }
    if (deal.amount() == null) {
      risks.add("no amount");
      steps.add("enter the amount");
    }
    if (stage != null && stage.ordinal() <= ForecastStage.DISCOVERY.ordinal() && !s.demoCompleted()) {
      steps.add("schedule a demo");
    }
    if (proposalOrLater && !s.proposalSent()) {
      steps.add("send the proposal");
    }
    if (!s.authorityConfirmed()) {
      steps.add("reach the decision maker");
    }
  }

  private long idleDays(Deal deal, LocalDate today) {
    Instant last = deal.signals().lastActivityAt() != null ? deal.signals().lastActivityAt() : deal.modifiedAt();
    return last == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(day(last), today));
  }

  /** The close date when it lies ahead; otherwise today plus the part of the average cycle the stage has left. */
  private LocalDate predictedClose(Deal deal, ForecastStage stage, LocalDate today) {
    if (deal.closeDate() != null && !deal.closeDate().isBefore(today)) {
      return deal.closeDate();
    }
    int base = stage == null ? model.base().get(ForecastStage.QUALIFICATION) : model.base().get(stage);
    long left = Math.max(7, Math.round(model.averageCycleDays() * (100 - base) / 100.0));
    return today.plusDays(left);
  }

  /**
   * HIGH with amount, a close date ahead, known competition and activity within the no-activity window; LOW when
   * two or more of those are missing or stale; MEDIUM otherwise.
   */
  private ForecastConfidence confidence(Deal deal, LocalDate today) {
    int gaps = 0;
    gaps += deal.amount() == null ? 1 : 0;
    gaps += deal.closeDate() == null || deal.closeDate().isBefore(today) ? 1 : 0;
    gaps += deal.signals().competition() == null || deal.signals().competition().isBlank() ? 1 : 0;
    gaps += idleDays(deal, today) >= model.noActivityDays() ? 1 : 0;
    return gaps == 0 ? ForecastConfidence.HIGH : gaps == 1 ? ForecastConfidence.MEDIUM : ForecastConfidence.LOW;
  }

  private static BigDecimal expected(BigDecimal amount, int probability) {
    return amount == null ? null
        : amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static int add(List<ScoreReason> out, String category, int points, String text) {
    out.add(new ScoreReason(category, points, text));
    return points;
  }
}
