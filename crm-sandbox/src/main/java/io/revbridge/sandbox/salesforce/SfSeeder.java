package io.revbridge.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a fake org deterministically: the same seed and clock give the same records, ids and stamps.
 * Records are stamped three to a second, so the change feed meets shared timestamps from the start.
 * About four leads in ten have no owner, which a real org forbids but routing needs to show its work.
 */
public final class SfSeeder {
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Edsger", "Barbara", "Donald",
      "Frances", "Ken", "Radia", "Tim", "Hedy", "John", "Katherine", "Dennis"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Dijkstra", "Liskov",
      "Knuth", "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Backus", "Johnson", "Ritchie"};
  private static final String[] TITLES = {"VP Engineering", "CTO", "Head of Sales", "Marketing Manager",
      "Software Engineer", "Director of Operations", "CEO", "Analyst", "Intern", "Chief Revenue Officer"};
  private static final String[] INDUSTRIES = {"Technology", "Finance", "Healthcare", "Manufacturing", "Retail",
      "Education", "Government"};
  private static final String[] COUNTRIES = {"United States", "Germany", "United Kingdom", "France", "Canada",
      "Brazil", "India"};
  private static final String[] SOURCES = {"Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"};
  private static final String[] STAGES = {"Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review",
      "Closed Won", "Closed Lost"};

  /** Salesforce's default probability (percent) of each standard stage. */
  private static final Map<String, String> STAGE_PROBABILITY = Map.of("Prospecting", "10", "Qualification", "20",
      "Proposal/Price Quote", "75", "Negotiation/Review", "90", "Closed Won", "100", "Closed Lost", "0");

  private SfSeeder() {}

  public static SfOrg seed(int leads, long seed, Clock clock) {
    SfOrg org = new SfOrg(clock);
    Random rnd = new Random(seed);
    // a stream of its own, so adding signals left every other seeded value as it was
    Random signals = new Random(seed * 31 + 7);
    Instant base = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(30));
    int[] n = {0};
    java.util.function.Supplier<Instant> stamp = () -> base.plusSeconds(n[0]++ / 3);

    List<String> owners = new ArrayList<>();
    org.put("User", user("Revbridge", "Integration", true), stamp.get());
    for (int i = 0; i < 10; i++) {
      owners.add(org.put("User", user(FIRST[i], LAST[i], true), stamp.get()).id);
    }
    org.put("User", user("Former", "Employee", false), stamp.get());

    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < Math.max(1, leads / 5); i++) {
      Map<String, String> a = new LinkedHashMap<>();
      String name = LAST[rnd.nextInt(LAST.length)] + " " + pick(rnd, "Systems", "Labs", "Industries", "Group") + " " + i;
      a.put("Name", name);
      a.put("Website", "https://www." + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example.com");
      a.put("Industry", pick(rnd, INDUSTRIES));
      a.put("NumberOfEmployees", String.valueOf(5 + rnd.nextInt(5000)));
      a.put("AnnualRevenue", String.valueOf((1 + rnd.nextInt(500)) * 100_000));
      a.put("BillingCountry", pick(rnd, COUNTRIES));
      a.put("Type", pick(rnd, "Prospect", "Customer - Direct", "Other"));
      a.put("OwnerId", owners.get(rnd.nextInt(owners.size())));
      accounts.add(org.put("Account", a, stamp.get()).id);
    }
    for (int i = 0; i < leads; i++) {
      Map<String, String> l = person(rnd, i);
      l.put("Company", LAST[rnd.nextInt(LAST.length)] + " " + pick(rnd, "Inc", "GmbH", "Ltd"));
      l.put("Industry", pick(rnd, INDUSTRIES));
      l.put("NumberOfEmployees", String.valueOf(1 + rnd.nextInt(rnd.nextInt(10) < 7 ? 60 : 5000)));
      l.put("Country", pick(rnd, COUNTRIES));
      l.put("Status", pick(rnd, "Open - Not Contacted", "Working - Contacted"));
      l.put("LeadSource", pick(rnd, SOURCES));
      if (rnd.nextInt(10) >= 4) {
        l.put("OwnerId", owners.get(rnd.nextInt(owners.size())));
      }
      SfIntentSeeder.signals(l, signals);
      org.put("Lead", l, stamp.get());
    }
    for (int i = 0; i < leads / 2; i++) {
      Map<String, String> c = person(rnd, leads + i);
      c.put("AccountId", accounts.get(rnd.nextInt(accounts.size())));
      c.put("MailingCountry", pick(rnd, COUNTRIES));
      c.put("LeadSource", pick(rnd, SOURCES));
      c.put("OwnerId", owners.get(rnd.nextInt(owners.size())));
      org.put("Contact", c, stamp.get());
    }
    for (int i = 0; i < Math.max(1, leads / 5); i++) {
      Map<String, String> o = new LinkedHashMap<>();
      o.put("Name", "Deal " + i);
      o.put("Amount", String.valueOf((1 + rnd.nextInt(200)) * 1000));
      o.put("StageName", pick(rnd, STAGES));
      o.put("Probability", STAGE_PROBABILITY.get(o.get("StageName")));
      o.put("CloseDate", base.plus(Duration.ofDays(30 + rnd.nextInt(90))).toString().substring(0, 10));
      o.put("OwnerId", owners.get(rnd.nextInt(owners.size())));
      o.put("AccountId", accounts.get(rnd.nextInt(accounts.size())));
      // a spread of stage ages without a draw from rnd, so the rest of the seed stays as it was
      o.put("LastStageChangeDate", base.minus(Duration.ofDays(3 + (i * 7L) % 60)).toString());
      SfRecord opportunity = org.put("Opportunity", o, stamp.get());
      org.stageChanged(opportunity, Instant.parse(o.get("LastStageChangeDate")));
    }
    SfActivitySeeder.seed(org, new Random(seed * 31 + 11), base, stamp);
    return org;
  }

  private static Map<String, String> person(Random rnd, int i) {
    Map<String, String> p = new LinkedHashMap<>();
    String first = pick(rnd, FIRST);
    String last = pick(rnd, LAST);
    p.put("FirstName", first);
    p.put("LastName", last);
    p.put("Email", (first + "." + last + i + "@" + pick(rnd, "example.com", "example.org", "gmail.com"))
        .toLowerCase().replace("-", ""));
    p.put("Title", pick(rnd, TITLES));
    if (rnd.nextBoolean()) {
      p.put("Phone", "+1 555 01" + String.format("%02d", rnd.nextInt(100)));
    }
    return p;
  }

  private static Map<String, String> user(String first, String last, boolean active) {
    Map<String, String> u = new LinkedHashMap<>();
    u.put("FirstName", first);
    u.put("LastName", last);
    u.put("Email", (first + "." + last + "@sandbox.example.com").toLowerCase());
    u.put("Username", (first + "." + last + "@sandbox.example.com").toLowerCase());
    u.put("IsActive", Boolean.toString(active));
    u.put("UserType", "Standard");
    return u;
  }

  private static String pick(Random rnd, String... values) {
    return values[rnd.nextInt(values.length)];
  }
}
