package io.revbridge.predictive;

import io.revbridge.enrichment.derived.IndustryClass;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.enrichment.derived.Regions;
import io.revbridge.enrichment.derived.SizeBand;
import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.DealSignals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The features of a deal as of a day: amount bucket, how long it has been open, in its current stage and since its
 * last activity, the milestones reached, competition, BANT flags and its company's size band, industry class and region. For a closed
 * deal in the history the day is its close date, so the ages mean what they mean for an open deal today. Never
 * reads the stage or its probability: the outcome is what the model predicts. Immutable; safe to share.
 */
public final class DealFeatures {
  /** The group of the days-in-stage features: {@code stagedays:<14}, {@code stagedays:14-44}, {@code stagedays:45+}. */
  static final String STAGE_AGE_GROUP = "stagedays";

  private final IndustryClassifier industries;
  private final Regions regions;

  public DealFeatures(IndustryClassifier industries, Regions regions) {
    this.industries = industries;
    this.regions = regions;
  }

  public static DealFeatures defaults() {
    return new DealFeatures(IndustryClassifier.defaults(), Regions.builtIn());
  }

  public List<Feature> of(Deal deal, Optional<Company> company, LocalDate asOf) {
    List<Feature> out = new ArrayList<>(16);
    amount(deal.amount(), out);
    DealSignals s = deal.signals();
    if (s.createdAt() != null) {
      long open = ChronoUnit.DAYS.between(day(s.createdAt()), asOf);
      out.add(open < 30 ? new Feature("age:<30", "open under 30 days (" + Math.max(0, open) + ")")
          : open <= 90 ? new Feature("age:30-90", "open 30–90 days (" + open + ")")
          : new Feature("age:90+", "open over 90 days (" + open + ")"));
    } else {
      out.add(new Feature("age:unknown", "age unknown"));
    }
    if (s.lastActivityAt() != null) {
      long quiet = ChronoUnit.DAYS.between(day(s.lastActivityAt()), asOf);
      out.add(quiet > 30 ? new Feature("activity:quiet30", "no activity in 30 days")
          : quiet <= 7 ? new Feature("activity:recent7", "activity in the last 7 days")
          : new Feature("activity:8-30", "last activity " + quiet + " days ago"));
    }
    stageAge(deal.stage(), s.stageEnteredAt(), asOf, out);
    milestone(s.emailEngaged(), "milestone:email", "email engagement", out);
    milestone(s.demoCompleted(), "milestone:demo", "demo completed", out);
    milestone(s.proposalSent(), "milestone:proposal", "proposal sent", out);
    milestone(s.contractReview(), "milestone:contract", "contract in review", out);
    milestone(s.legalInvolved(), "milestone:legal", "legal involved", out);
    String competition = s.competition() == null ? "" : s.competition().strip().toLowerCase(Locale.ROOT);
    out.add(switch (competition) {
      case "none" -> new Feature("competition:none", "no competition");
      case "weak" -> new Feature("competition:weak", "weak competition");
      case "strong" -> new Feature("competition:strong", "strong competition");
      case "incumbent" -> new Feature("competition:incumbent", "replacing an incumbent");
      default -> new Feature("competition:unknown", "competition unknown");
    });
    milestone(s.budgetConfirmed(), "bant:budget", "budget confirmed", out);
    milestone(s.authorityConfirmed(), "bant:authority", "authority confirmed", out);
    milestone(s.needConfirmed(), "bant:need", "need confirmed", out);
    milestone(s.timelineConfirmed(), "bant:timeline", "timeline confirmed", out);
    company(company, out);
    return out;
  }

  /**
   * Days in the current stage, when the CRM says when the deal entered it; otherwise no feature at all (an unknown
   * age is not a young one). The stage itself is named in the words only, never in the key: it is half the answer.
   */
  private static void stageAge(String stage, Instant enteredAt, LocalDate asOf, List<Feature> out) {
    if (enteredAt == null || stage == null || stage.isBlank()) {
      return;
    }
    long days = Math.max(0, ChronoUnit.DAYS.between(day(enteredAt), asOf));
    String text = days + (days == 1 ? " day in " : " days in ") + stage.strip();
    out.add(days < 14 ? new Feature("stagedays:<14", text)
        : days < 45 ? new Feature("stagedays:14-44", text)
        : new Feature("stagedays:45+", text));
  }

  private void company(Optional<Company> company, List<Feature> out) {
    Optional<SizeBand> band = company.map(Company::employees).map(SizeBand::of);
    out.add(band.map(b -> new Feature("size:" + b.label(), "company of " + Words.band(b.label()) + " employees"))
        .orElse(new Feature("size:unknown", "company size unknown")));
    Optional<String> industry = company.map(Company::industry).filter(i -> !i.isBlank());
    if (industry.isPresent()) {
      IndustryClass c = industries.of(industry.get());
      out.add(new Feature("industry:" + c, switch (c) {
        case TARGET -> "target industry (" + industry.get() + ")";
        case ADJACENT -> "adjacent industry (" + industry.get() + ")";
        case OTHER -> "industry outside the target (" + industry.get() + ")";
      }));
    } else {
      out.add(new Feature("industry:unknown", "industry unknown"));
    }
    Optional<Region> region = company.map(Company::country).filter(c -> !c.isBlank()).map(regions::of);
    out.add(region.map(r -> new Feature("region:" + r, "in " + Words.region(r)))
        .orElse(new Feature("region:unknown", "region unknown")));
  }

  private static void amount(BigDecimal amount, List<Feature> out) {
    if (amount == null) {
      out.add(new Feature("amount:unknown", "no amount"));
      return;
    }
    double a = amount.doubleValue();
    out.add(a < 10_000 ? new Feature("amount:<10k", "amount under 10,000")
        : a < 25_000 ? new Feature("amount:10k-25k", "amount 10,000–25,000")
        : a < 100_000 ? new Feature("amount:25k-100k", "amount 25,000–100,000")
        : new Feature("amount:100k+", "amount over 100,000"));
  }

  private static void milestone(boolean reached, String key, String text, List<Feature> out) {
    if (reached) {
      out.add(new Feature(key, text));
    }
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
