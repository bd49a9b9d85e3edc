package io.revbridge.predictive;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.derived.IndustryClass;
import io.revbridge.enrichment.derived.Region;
import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.enrichment.title.Department;
import io.revbridge.enrichment.title.Seniority;
import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.TimingSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The features of a lead or contact after enrichment: who they are (buying role, seniority and department, and that
 * persona at its company's size), the company (size band, industry class, region), where they came from, what they
 * did (intent signals, email engagement and site visits in buckets) and timing. Never reads the lifecycle stage or
 * lead status: those are what the model predicts. A pure function; safe to share.
 */
public final class PersonFeatures {
  private PersonFeatures() {}

  public static List<Feature> of(EnrichedPerson enriched) {
    Person person = enriched.person();
    List<Feature> out = new ArrayList<>(24);
    BuyingRole role = enriched.role();
    out.add(new Feature("role:" + role, switch (role) {
      case DECISION_MAKER -> "decision maker";
      case INFLUENCER -> "influencer";
      case USER -> "individual user";
      case UNKNOWN -> "buying role unknown";
    }));
    Seniority seniority = enriched.seniority();
    if (seniority != Seniority.UNKNOWN) {
      out.add(new Feature("seniority:" + seniority, Words.seniority(seniority)));
    }
    Optional<Department> department = enriched.department().filter(d -> d != Department.OTHER);
    department.ifPresent(d -> out.add(new Feature("department:" + d, "works in " + Words.department(d))));
    Optional<String> band = enriched.sizeBand();
    if (band.isPresent()) {
      out.add(new Feature("size:" + band.get(), Words.band(band.get()) + " employees"));
      if (seniority != Seniority.UNKNOWN && department.isPresent()) {
        out.add(new Feature("persona:" + seniority + "|" + department.get() + "|" + band.get(),
            Words.seniority(seniority) + " of " + Words.department(department.get()) + " at a "
                + Words.band(band.get()) + " company"));
      }
    } else {
      out.add(new Feature("size:unknown", "company size unknown"));
    }
    Optional<IndustryClass> industry = enriched.industryClass();
    out.add(industry.map(c -> new Feature("industry:" + c, switch (c) {
      case TARGET -> "target industry" + enriched.industry().map(i -> " (" + i + ")").orElse("");
      case ADJACENT -> "adjacent industry" + enriched.industry().map(i -> " (" + i + ")").orElse("");
      case OTHER -> "industry outside the target" + enriched.industry().map(i -> " (" + i + ")").orElse("");
    })).orElse(new Feature("industry:unknown", "industry unknown")));
    Optional<Region> region = enriched.region();
    out.add(region.map(r -> new Feature("region:" + r, "in " + Words.region(r)))
        .orElse(new Feature("region:unknown", "region unknown")));
    if (person.source() != null && !person.source().isBlank()) {
      out.add(new Feature("source:" + Words.slug(person.source()), "came from " + Words.plain(person.source())));
    } else {
      out.add(new Feature("source:unknown", "source unknown"));
    }
    intent(person.intent(), out);
    timing(person.timing(), out);
    if (person.currentSolution() != null && !person.currentSolution().isBlank()) {
      out.add(new Feature("competitor:present", "uses " + person.currentSolution().strip() + " today"));
    }
    if (enriched.existingCustomer()) {
      out.add(new Feature("account:customer", "their company is already a customer"));
    }
    return out;
  }

  private static void intent(IntentSignals s, List<Feature> out) {
    if (s.pricingPageVisited()) {
      out.add(new Feature("intent:pricing_page", "visited the pricing page"));
    }
    if (s.downloads() > 0) {
      out.add(new Feature("intent:downloads", "downloaded content"));
    }
    if (s.webinarAttended()) {
      out.add(new Feature("intent:webinar", "attended a webinar"));
    }
    if (s.demoRequested()) {
      out.add(new Feature("intent:demo_request", "requested a demo"));
    }
    if (s.trialSignup()) {
      out.add(new Feature("intent:trial", "signed up for a trial"));
    }
    int email = s.emailEngagements();
    out.add(email == 0 ? new Feature("email:none", "no email engagement")
        : email < 5 ? new Feature("email:1-4", "engaged with 1–4 emails")
        : new Feature("email:5+", "engaged with 5+ emails"));
    int visits = s.visits();
    out.add(visits == 0 ? new Feature("visits:none", "no site visits")
        : visits < 3 ? new Feature("visits:1-2", "1–2 site visits")
        : new Feature("visits:3+", visits + " site visits"));
    if (s.pageViews() >= 20) {
      out.add(new Feature("pageviews:20+", s.pageViews() + " page views"));
    }
  }

  private static void timing(TimingSignals t, List<Feature> out) {
    if (t.activeProject()) {
      out.add(new Feature("timing:active_project", "active project"));
    }
    if (t.budgetCycle()) {
      out.add(new Feature("timing:budget_cycle", "in a budget cycle"));
    }
    if (t.solutionExpiring()) {
      out.add(new Feature("timing:solution_expiring", "current solution expiring"));
    }
  }
}
