package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeds contacts. Each contact has a hidden "temperature" (0 cold .. 1 hot) that drives seniority, intent
 * and timing signals together, so a 4×25-point lead score lands in every grade band; about 40% are owned,
 * hotter ones more often. A contact's company, website, industry and location agree with its company.
 */
final class ContactSeeder {
  private static final int[] SOURCE_WEIGHTS = {25, 12, 15, 10, 10, 6, 14, 4, 4};

  private ContactSeeder() {}

  /** @param web a stream of its own for the page URLs, so adding them changed no other seeded value */
  static void seed(HubSpotCrm crm, Random r, Random web, long start, int count, List<CompanyFacts> companies) {
    ObjectStore store = crm.store(ObjectType.CONTACTS);
    ObjectStore companyStore = crm.store(ObjectType.COMPANIES);
    RowBuilder row = new RowBuilder(store.catalog());
    TimeLine times = TimeLine.of(count, r, start);
    List<Owner> owners = crm.owners().active();
    Set<String> emails = new HashSet<>();
    List<StoredRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double t = Math.pow(r.nextDouble(), 2); // most contacts are cold, as in a real database
      CompanyFacts company = companies.isEmpty() || Pick.chance(r, 0.04) ? null : pickCompany(r, companies, t);
      Places.Country country = company != null && Pick.chance(r, 0.92)
          ? company.country() : Places.COUNTRIES.get(Pick.weighted(r, Places.COUNTRY_WEIGHTS));
      Places.Place place = company != null && country == company.country() ? company.place()
          : Pick.one(r, country.places());
      PeopleVocabulary.Names names = PeopleVocabulary.POOLS.get(country.namePool());
      String first = Pick.one(r, names.first());
      String last = Pick.one(r, names.last());
      String title = title(r, t);
      boolean personal = company == null || Pick.chance(r, title.equals("Student") || title.contains("Intern")
          ? 0.5 : 0.05);
      String domain = personal ? Pick.one(r, PeopleVocabulary.PERSONAL_DOMAINS) : company.domain();
      boolean owned = !owners.isEmpty() && Pick.chance(r, 0.3 + 0.3 * t);
      long id = crm.nextId();
      row.start()
          .set("email", uniqueEmail(r, first, last, domain, emails))
          .set("firstname", first).set("lastname", last).set("jobtitle", title)
          .set("phone", Pick.chance(r, 0.65) ? phone(r, country) : null)
          .set("country", country.name()).set("state", place.state()).set("city", place.city())
          .set("hs_analytics_source", StandardProperties.SOURCES.get(Pick.weighted(r, SOURCE_WEIGHTS)))
          .set("hubspot_owner_id", owned ? Pick.one(r, owners).id() : null)
          .set("lifecyclestage", lifecycle(r, t, owned))
          .set("hs_lead_status", leadStatus(r, owned));
      if (company != null) {
        row.set("company", company.name()).set("website", company.website())
            .set("associatedcompanyid", company.id())
            .set("industry", Pick.chance(r, 0.85) ? company.industry() : null);
      }
      signals(row, r, web, t);
      StoredRecord rec = new StoredRecord(id, times.created[i], times.modified[i], row.build());
      if (company != null) {
        rec.associate(ObjectType.COMPANIES, company.id());
      }
      records.add(rec);
    }
    store.write(() -> {
      records.forEach(store::insert);
      return null;
    });
    companyStore.write(() -> {
      for (StoredRecord c : records) {
        for (Long companyId : c.associations(ObjectType.COMPANIES)) {
          companyStore.get(companyId).associate(ObjectType.CONTACTS, c.id());
        }
      }
      return null;
    });
  }

  /** Hot contacts are drawn towards companies that fit: best of up to three candidates. */
  private static CompanyFacts pickCompany(Random r, List<CompanyFacts> companies, double t) {
    CompanyFacts best = null;
    int candidates = 1 + (int) (t * t * 3);
    for (int k = 0; k < candidates; k++) {
      double x = r.nextDouble();
      CompanyFacts c = companies.get((int) (companies.size() * x * x));
      if (best == null || c.fit() > best.fit()) {
        best = c;
      }
    }
    return best;
  }

  private static String title(Random r, double t) {
    double x = r.nextDouble();
    double decision = 0.05 + 0.35 * t;
    double manager = decision + 0.25;
    double blank = manager + 0.10;
    double nonBuyer = blank + 0.12 * (1 - t);
    if (x < decision) {
      return Pick.one(r, PeopleVocabulary.DECISION_MAKERS);
    } else if (x < manager) {
      return Pick.one(r, PeopleVocabulary.MANAGERS);
    } else if (x < blank) {
      return "";
    } else if (x < nonBuyer) {
      return Pick.one(r, PeopleVocabulary.NON_BUYERS);
    }
    return Pick.one(r, PeopleVocabulary.USERS);
  }

  /** Page views, visits and pages seen, downloads, email engagement, intent and timing flags, all rising with temperature. */
  private static void signals(RowBuilder row, Random r, Random web, double t) {
    int views = (int) (t * t * 80 * (0.5 + r.nextDouble())) + r.nextInt(3);
    int opens = (int) (t * 25 * r.nextDouble()) + r.nextInt(3);
    String solution = Pick.chance(r, 0.5) ? Pick.one(r, PeopleVocabulary.COMPETITORS) : null;
    // Drawn in the order they always were, so the seeded stream of every other property stays the same.
    int visits = views == 0 ? 0 : Math.max(1, views / Pick.between(r, 2, 5));
    int clicks = (int) (opens * r.nextDouble() * 0.4);
    boolean pricing = Pick.chance(r, 0.05 + 0.8 * t * t);
    PageVisits.set(row, web, visits, pricing);
    row.set("hs_analytics_num_page_views", views)
        .set("hs_analytics_num_visits", visits)
        .set("hs_email_open", opens)
        .set("hs_email_click", clicks)
        .set("pricing_page_visited", pricing)
        .set("content_downloads", (int) (t * 5 * r.nextDouble()) + (Pick.chance(r, 0.1) ? 1 : 0))
        .set("webinar_attended", Pick.chance(r, 0.05 + 0.5 * t * t))
        .set("demo_requested", Pick.chance(r, 0.02 + 0.6 * t * t * t))
        .set("trial_signup", Pick.chance(r, 0.02 + 0.35 * t * t))
        .set("active_project", Pick.chance(r, 0.05 + 0.7 * Math.pow(t, 1.5)))
        .set("budget_cycle", Pick.chance(r, 0.05 + 0.55 * Math.pow(t, 1.5)))
        .set("current_solution", solution)
        .set("current_solution_expiring", solution != null && Pick.chance(r, 0.1 + 0.6 * t));
  }

  private static String lifecycle(Random r, double t, boolean owned) {
    if (Pick.chance(r, 0.06)) {
      return "customer";
    }
    if (Pick.chance(r, 0.02)) {
      return "other";
    }
    if (t > 0.8) {
      return owned ? (Pick.chance(r, 0.5) ? "opportunity" : "salesqualifiedlead") : "marketingqualifiedlead";
    }
    if (t > 0.6) {
      return "marketingqualifiedlead";
    }
    return t < 0.25 && Pick.chance(r, 0.6) ? "subscriber" : "lead";
  }

  private static String leadStatus(Random r, boolean owned) {
    if (!owned) {
      return Pick.chance(r, 0.5) ? "NEW" : null;
    }
    List<String> worked = List.of("OPEN", "IN_PROGRESS", "CONNECTED", "ATTEMPTED_TO_CONTACT", "OPEN_DEAL",
        "UNQUALIFIED", "BAD_TIMING");
    return Pick.one(r, worked);
  }

  private static String uniqueEmail(Random r, String first, String last, String domain, Set<String> emails) {
    double style = r.nextDouble();
    String f = Pick.slug(first);
    String l = Pick.slug(last);
    String local = style < 0.7 ? f + "." + l : style < 0.9 ? f.charAt(0) + l : f;
    String email = local + "@" + domain;
    for (int n = 2; !emails.add(email); n++) {
      email = local + n + "@" + domain;
    }
    return email;
  }

  private static String phone(Random r, Places.Country country) {
    return country.phonePrefix() + " " + Pick.between(r, 200, 989) + " " + Pick.between(r, 100, 999) + " "
        + Pick.between(r, 1000, 9999);
  }
}
