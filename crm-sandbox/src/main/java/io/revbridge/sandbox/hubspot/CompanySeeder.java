package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeds companies with unique names and domains, sizes from 5 to 20,000 employees, and half of them owned. */
final class CompanySeeder {
  private static final Set<String> CORE_INDUSTRIES = Set.of("COMPUTER_SOFTWARE",
      "INFORMATION_TECHNOLOGY_AND_SERVICES", "INTERNET", "COMPUTER_NETWORK_SECURITY", "FINANCIAL_SERVICES",
      "MARKETING_AND_ADVERTISING");
  private static final Set<String> CORE_COUNTRIES = Set.of("United States", "Canada", "United Kingdom", "Germany",
      "Netherlands", "France", "Australia", "Ireland");

  private CompanySeeder() {}

  static List<CompanyFacts> seed(HubSpotCrm crm, Random r, long start, int count) {
    ObjectStore store = crm.store(ObjectType.COMPANIES);
    RowBuilder row = new RowBuilder(store.catalog());
    TimeLine times = TimeLine.of(count, r, start);
    List<Owner> owners = crm.owners().active();
    Set<String> names = new HashSet<>();
    List<CompanyFacts> facts = new ArrayList<>(count);
    List<StoredRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CompanyVocabulary.Industry industry =
          CompanyVocabulary.INDUSTRIES.get(Pick.weighted(r, CompanyVocabulary.INDUSTRY_WEIGHTS));
      Places.Country country = Places.COUNTRIES.get(Pick.weighted(r, Places.COUNTRY_WEIGHTS));
      Places.Place place = Pick.one(r, country.places());
      String name = uniqueName(r, industry, names);
      String domain = Pick.domainSlug(name) + ".test";
      String website = "https://www." + domain;
      int[] band = CompanyVocabulary.SIZE_BANDS[Pick.weighted(r, CompanyVocabulary.SIZE_WEIGHTS)];
      int employees = Pick.between(r, band[0], band[1]);
      long revenue = Math.round((long) employees * (60_000 + r.nextInt(240_000)) / 1000.0) * 1000; // long: 10,000 people × $300k overflows an int
      String ownerId = Pick.chance(r, 0.5) ? Pick.one(r, owners).id() : null;
      long id = crm.nextId();
      row.start()
          .set("name", name).set("domain", domain).set("website", website).set("industry", industry.value())
          .set("numberofemployees", employees).set("annualrevenue", revenue)
          .set("country", country.name()).set("state", place.state()).set("city", place.city())
          .set("phone", country.phonePrefix() + " " + Pick.between(r, 200, 989) + " " + Pick.between(r, 1000, 9999))
          .set("type", StandardProperties.COMPANY_TYPES.get(Pick.weighted(r, CompanyVocabulary.COMPANY_TYPE_WEIGHTS)))
          .set("lifecyclestage", Pick.chance(r, 0.15) ? "customer" : Pick.chance(r, 0.3) ? "opportunity" : "lead")
          .set("hubspot_owner_id", ownerId);
      records.add(new StoredRecord(id, times.created[i], times.modified[i], row.build()));
      facts.add(new CompanyFacts(id, name, domain, website, industry.value(), employees, country, place, ownerId,
          fit(industry.value(), employees, country.name())));
    }
    store.write(() -> {
      records.forEach(store::insert);
      return null;
    });
    return facts;
  }

  private static String uniqueName(Random r, CompanyVocabulary.Industry industry, Set<String> names) {
    String first = Pick.one(r, CompanyVocabulary.FIRST_WORDS);
    String suffix = Pick.one(r, industry.suffixes());
    String name = first + " " + suffix;
    if (names.add(name)) {
      return name;
    }
    name = first + " " + Pick.one(r, CompanyVocabulary.SECOND_WORDS) + " " + suffix;
    for (int n = 2; !names.add(name); n++) {
      name = first + " " + Pick.one(r, CompanyVocabulary.SECOND_WORDS) + " " + suffix + " " + n;
    }
    return name;
  }

  private static double fit(String industry, int employees, String country) {
    double i = CORE_INDUSTRIES.contains(industry) ? 1.0 : 0.3;
    double s = employees >= 50 && employees <= 5000 ? 1.0 : employees >= 20 && employees <= 10_000 ? 0.5 : 0.1;
    double c = CORE_COUNTRIES.contains(country) ? 1.0 : 0.5;
    return 0.4 * i + 0.35 * s + 0.25 * c;
  }
}
