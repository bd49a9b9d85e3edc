package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.HistoryOptions;
import io.revbridge.sandbox.history.DealTraits;
import io.revbridge.sandbox.history.HiddenTruth;
import io.revbridge.sandbox.history.LeadTraits;
import io.revbridge.sandbox.history.StageStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds closed history to a portal: contacts that became customers (lifecycle stage {@code customer}) or were
 * disqualified (lead status {@code UNQUALIFIED}), and deals closed won or lost, each with a company of its own that
 * carries its size, industry and country, and the calls, emails and meetings logged on each (engagements associated
 * with the contact or deal, a won one's kick-off after its outcome too). A record's last-modified time is when its outcome was set, so reading the
 * portal oldest first reads the history in the order it happened. Each deal's {@code dealstage} history holds the open
 * stages of the default pipeline it passed through and then its closing, as {@code propertiesWithHistory} shows it.
 */
public final class HistorySeeder {
  private static final long DAY = TimeLine.DAY;
  /** The default pipeline's open stages, in order: {@link StageStep#stage()} indexes them. */
  static final List<String> OPEN_STAGES = List.of("appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
      "decisionmakerboughtin", "contractsent");

  private HistorySeeder() {}

  public static void seed(HubSpotCrm crm, HistoryOptions options, long now) {
    HiddenTruth truth = new HiddenTruth(options.truth(), options.seed(), options.days());
    ObjectStore contacts = crm.store(ObjectType.CONTACTS);
    ObjectStore companies = crm.store(ObjectType.COMPANIES);
    ObjectStore deals = crm.store(ObjectType.DEALS);
    RowBuilder contactRow = new RowBuilder(contacts.catalog());
    RowBuilder companyRow = new RowBuilder(companies.catalog());
    RowBuilder dealRow = new RowBuilder(deals.catalog());
    List<StoredRecord> newCompanies = new ArrayList<>();
    List<StoredRecord> newContacts = new ArrayList<>();
    List<StoredRecord> newDeals = new ArrayList<>();
    HistoryTouches touches = new HistoryTouches(crm, now);
    for (int i = 0; i < options.leads(); i++) {
      LeadTraits t = truth.nextLead();
      long created = now - t.createdDaysAgo() * DAY;
      long closed = now - t.closedDaysAgo() * DAY;
      Company company = company(crm, companyRow, "History Lead Co " + i, t.industry().hubSpot(), t.employees(),
          t.country(), created);
      newCompanies.add(company.record);
      contactRow.start()
          .set("email", "history.lead" + i + "@" + company.domain)
          .set("firstname", "Lead").set("lastname", "History " + i).set("jobtitle", t.title())
          .set("company", "History Lead Co " + i).set("website", "https://www." + company.domain)
          .set("industry", t.industry().hubSpot()).set("country", t.country())
          .set("associatedcompanyid", company.record.id())
          .set("hs_analytics_source", t.source().hubSpot())
          .set("hs_analytics_num_page_views", t.pageViews()).set("hs_analytics_num_visits", t.visits())
          .set("hs_analytics_last_url", "https://www.revbridge.test" + (t.pricingPage() ? "/pricing" : "/blog"))
          .set("hs_email_open", t.emailEngagements()).set("hs_email_click", 0)
          .set("content_downloads", t.downloads()).set("webinar_attended", t.webinar())
          .set("demo_requested", t.demoRequested()).set("trial_signup", false)
          .set("active_project", t.activeProject()).set("budget_cycle", false)
          .set("lifecyclestage", t.converted() ? "customer" : "lead")
          .set("hs_lead_status", t.converted() ? null : "UNQUALIFIED");
      StoredRecord contact = new StoredRecord(crm.nextId(), created, closed, contactRow.build());
      contact.associate(ObjectType.COMPANIES, company.record.id());
      company.record.associate(ObjectType.CONTACTS, contact.id());
      touches.add(t.touches(), closed, ObjectType.CONTACTS, contact);
      newContacts.add(contact);
    }
    for (int i = 0; i < options.deals(); i++) {
      DealTraits t = truth.nextDeal();
      long created = now - t.createdDaysAgo() * DAY;
      long closed = now - t.closedDaysAgo() * DAY;
      Company company = company(crm, companyRow, "History Deal Co " + i, t.industry().hubSpot(), t.employees(),
          t.country(), created);
      newCompanies.add(company.record);
      dealRow.start()
          .set("dealname", "History Deal Co " + i + " - New business")
          .set("amount", t.amount())
          .set("dealstage", t.won() ? "closedwon" : "closedlost")
          .set("pipeline", "default")
          .set("closedate", Times.iso(closed / 1000 * 1000))
          .set("dealtype", "newbusiness");
      StoredRecord deal = new StoredRecord(crm.nextId(), created, closed, dealRow.build());
      for (StageStep step : t.stages()) {
        deal.addVersion("dealstage", new PropertyVersion(OPEN_STAGES.get(step.stage()),
            closed - step.minutesBeforeClose() * 60_000, "CRM_UI"));
      }
      deal.addVersion("dealstage", new PropertyVersion(t.won() ? "closedwon" : "closedlost", closed, "CRM_UI"));
      deal.associate(ObjectType.COMPANIES, company.record.id());
      company.record.associate(ObjectType.DEALS, deal.id());
      touches.add(t.touches(), closed, ObjectType.DEALS, deal);
      newDeals.add(deal);
    }
    companies.write(() -> {
      newCompanies.forEach(companies::insert);
      return null;
    });
    contacts.write(() -> {
      newContacts.forEach(contacts::insert);
      return null;
    });
    deals.write(() -> {
      newDeals.forEach(deals::insert);
      return null;
    });
    touches.store();
  }

  private record Company(StoredRecord record, String domain) {}

  private static Company company(HubSpotCrm crm, RowBuilder row, String name, String industry, int employees,
      String country, long created) {
    String domain = Pick.domainSlug(name) + ".test";
    row.start().set("name", name).set("domain", domain).set("website", "https://www." + domain)
        .set("industry", industry).set("numberofemployees", employees).set("country", country)
        .set("lifecyclestage", "lead");
    return new Company(new StoredRecord(crm.nextId(), created, created, row.build()), domain);
  }
}
