package io.revbridge.sandbox.salesforce;

import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.history.DealTraits;
import io.revbridge.sandbox.history.HiddenTruth;
import io.revbridge.sandbox.history.LeadTraits;
import io.revbridge.sandbox.history.StageStep;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds closed history to a fake org: leads with status {@code Closed - Converted} or {@code Closed - Not Converted},
 * and opportunities closed won or lost, each on an account of its own that carries size, industry and country. A
 * record's SystemModstamp is when its outcome was set. The calls and emails (Tasks) and meetings (Events) logged on
 * each come with it, a won one's kick-off after its outcome too, and the OpportunityHistory rows of each
 * opportunity's stages: the open stages it passed through, then its closing.
 */
public final class SfHistorySeeder {
  /** Open stages of the standard sales process, in order: {@link StageStep#stage()} indexes them. */
  static final List<String> OPEN_STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
      "Proposal/Price Quote", "Negotiation/Review");

  private SfHistorySeeder() {}

  public static void seed(SfOrg org, HistoryOptions options) {
    Instant now = Instant.parse(org.now());
    HiddenTruth truth = new HiddenTruth(options.truth(), options.seed(), options.days());
    Instant day = now.truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < options.leads(); i++) {
      LeadTraits t = truth.nextLead();
      Map<String, String> l = new LinkedHashMap<>();
      l.put("FirstName", "Lead");
      l.put("LastName", "History " + i);
      l.put("Email", "history.lead" + i + "@history-lead-co-" + i + ".example.com");
      l.put("Title", t.title());
      l.put("Company", "History Lead Co " + i);
      l.put("Website", "https://www.history-lead-co-" + i + ".example.com");
      l.put("Industry", t.industry().salesforce());
      l.put("NumberOfEmployees", Integer.toString(t.employees()));
      l.put("Country", t.country());
      l.put("LeadSource", t.source().salesforce());
      l.put("Status", t.converted() ? "Closed - Converted" : "Closed - Not Converted");
      l.put("Page_Views__c", t.pageViews() + ".0");
      l.put("Web_Visits__c", t.visits() + ".0");
      l.put("Pricing_Page_Visited__c", Boolean.toString(t.pricingPage()));
      l.put("Content_Downloads__c", t.downloads() + ".0");
      l.put("Webinar_Attended__c", Boolean.toString(t.webinar()));
      l.put("Email_Clicks__c", t.emailEngagements() + ".0");
      l.put("Demo_Requested__c", Boolean.toString(t.demoRequested()));
      l.put("Trial_Signup__c", "false");
      l.put("Active_Project__c", Boolean.toString(t.activeProject()));
      l.put("Budget_Cycle__c", "false");
      Instant converted = day.minus(Duration.ofDays(t.closedDaysAgo())).plusSeconds(i % 86_400);
      String lead = org.put("Lead", l, converted).id;
      SfHistoryTouches.add(org, t.touches(), converted, "WhoId", lead, now);
    }
    for (int i = 0; i < options.deals(); i++) {
      DealTraits t = truth.nextDeal();
      Instant closed = day.minus(Duration.ofDays(t.closedDaysAgo()));
      Map<String, String> a = new LinkedHashMap<>();
      a.put("Name", "History Deal Co " + i);
      a.put("Industry", t.industry().salesforce());
      a.put("NumberOfEmployees", Integer.toString(t.employees()));
      a.put("BillingCountry", t.country());
      a.put("Type", "Prospect");
      String account = org.put("Account", a, day.minus(Duration.ofDays(t.createdDaysAgo()))).id;
      Map<String, String> o = new LinkedHashMap<>();
      o.put("Name", "History Deal Co " + i + " - New business");
      o.put("Amount", t.amount() + ".0");
      o.put("StageName", t.won() ? "Closed Won" : "Closed Lost");
      o.put("Probability", t.won() ? "100" : "0");
      o.put("CloseDate", closed.toString().substring(0, 10));
      o.put("AccountId", account);
      o.put("CreatedDate", day.minus(Duration.ofDays(t.createdDaysAgo())).toString());
      o.put("LastStageChangeDate", closed.toString()); // closing is the last stage change
      SfRecord stored = org.put("Opportunity", o, closed.plusSeconds(i % 86_400));
      String opportunity = stored.id;
      stages(org, stored, t, closed);
      SfHistoryTouches.add(org, t.touches(), closed, "WhatId", opportunity, now);
    }
  }

  /** The opportunity's OpportunityHistory rows: each open stage it entered, then its closing, oldest first. */
  private static void stages(SfOrg org, SfRecord opportunity, DealTraits t, Instant closed) {
    Map<String, String> closing = Map.of("StageName", opportunity.fields.get("StageName"),
        "Probability", opportunity.fields.get("Probability"));
    SfRecord open = opportunity.copy();
    for (StageStep step : t.stages()) {
      open.fields.put("StageName", OPEN_STAGES.get(step.stage()));
      open.fields.put("Probability", Integer.toString(10 + 15 * step.stage()));
      org.stageChanged(open, closed.minus(Duration.ofMinutes(step.minutesBeforeClose())));
    }
    open.fields.putAll(closing);
    org.stageChanged(open, closed);
  }
}
