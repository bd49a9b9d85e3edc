package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final Instant START = Instant.parse("2026-06-15T09:30:00Z");
  private static HubSpotSandbox sandbox;
  private static List<SandboxRecord> contacts;
  private static Map<String, SandboxRecord> companies;

  @BeforeAll
  static void seed() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(2000).withClock(new FakeClock(START)));
    contacts = sandbox.records("contacts");
    companies = sandbox.records("companies").stream().collect(Collectors.toMap(SandboxRecord::id,
        Function.identity()));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void theSameSeedAndClockGiveTheSameDatasetAndAnotherSeedDoesNot() {
    SandboxOptions options = SandboxOptions.defaults().withContacts(300).withClock(new FakeClock(START));
    try (HubSpotSandbox a = HubSpotSandbox.start(options);
        HubSpotSandbox b = HubSpotSandbox.start(options);
        HubSpotSandbox c = HubSpotSandbox.start(options.withSeed(7))) {
      for (String type : List.of("contacts", "companies", "deals")) {
        assertThat(a.records(type)).isEqualTo(b.records(type));
      }
      assertThat(emails(c)).hasSize(300).isNotEqualTo(emails(a));
    }
  }

  @Test
  void countsFollowTheContactCount() {
    assertThat(contacts).hasSize(2000);
    assertThat(companies).hasSize(400);
    assertThat(sandbox.records("deals")).hasSize(400);
    assertThat(sandbox.records("tasks")).isEmpty();
  }

  @Test
  void everyCompanyHasAPositiveRevenueEvenTheLargest() {
    assertThat(companies.values()).allSatisfy(company ->
        assertThat(Long.parseLong(company.properties().get("annualrevenue"))).isPositive());
  }

  @Test
  void titlesIncludeDecisionMakersUsersNonBuyersAndBlanks() {
    List<String> titles = contacts.stream().map(c -> c.properties().getOrDefault("jobtitle", "")).toList();

    assertThat(titles).contains("CEO", "CTO", "VP Sales", "Head of Marketing", "Director of IT", "Marketing Manager",
        "Sales Operations Manager", "Software Engineer", "Data Analyst", "Account Executive", "Intern", "Student",
        "Consultant", "");
    assertThat(titles.stream().filter(LeadScoreProxy.DECISION_MAKERS::contains).count()).isBetween(200L, 700L);
  }

  @Test
  void intentAndTimingSignalsAreSpreadRatherThanAllOrNothing() {
    for (String flag : List.of("pricing_page_visited", "webinar_attended", "demo_requested", "trial_signup",
        "active_project", "budget_cycle", "current_solution_expiring")) {
      long yes = contacts.stream().filter(c -> "true".equals(c.get(flag))).count();
      assertThat(yes).as(flag).isBetween(40L, 1500L);
    }
    assertThat(contacts).extracting(c -> c.get("current_solution")).contains("Pipedrive", (String) null);
  }

  @Test
  void firstAndLastPagesShowThePricingPageExactlyWhenTheContactVisitedIt() {
    List<SandboxRecord> pricing = contacts.stream().filter(c -> "true".equals(c.get("pricing_page_visited"))).toList();
    List<SandboxRecord> others = contacts.stream().filter(c -> "false".equals(c.get("pricing_page_visited"))).toList();

    assertThat(pricing.size() + others.size()).isEqualTo(contacts.size());
    assertThat(pricing).allSatisfy(c -> assertThat(c.get("hs_analytics_first_url") + " " + c.get("hs_analytics_last_url"))
        .contains("/pricing"));
    assertThat(others).allSatisfy(c -> assertThat(c.get("hs_analytics_first_url") + " " + c.get("hs_analytics_last_url"))
        .doesNotContain("/pricing"));
    assertThat(pricing).as("the pricing page is sometimes the first page seen, sometimes the last")
        .anyMatch(c -> c.get("hs_analytics_first_url").contains("/pricing")
            && !c.get("hs_analytics_last_url").contains("/pricing"))
        .anyMatch(c -> !c.get("hs_analytics_first_url").contains("/pricing")
            && c.get("hs_analytics_last_url").contains("/pricing"));
  }

  @Test
  void everyVisitorHasAFirstAndLastPageOnTheSiteAndNobodyElseHas() {
    assertThat(contacts).allSatisfy(c -> {
      boolean visited = !"0".equals(c.get("hs_analytics_num_visits")) || "true".equals(c.get("pricing_page_visited"));
      if (visited) {
        assertThat(c.get("hs_analytics_first_url")).startsWith("https://www.acme-revops.test/");
        assertThat(c.get("hs_analytics_last_url")).startsWith("https://www.acme-revops.test/");
      } else {
        assertThat(c.get("hs_analytics_first_url")).isNull();
        assertThat(c.get("hs_analytics_last_url")).isNull();
      }
    });
    assertThat(contacts).anyMatch(c -> c.get("hs_analytics_first_url") == null);
  }

  @Test
  void someContactsClickEmailsAndVisitOftenSoEngagementAndRepeatVisitsAreSpread() {
    long clicked = contacts.stream().filter(c -> Integer.parseInt(c.get("hs_email_click")) > 0).count();
    long repeat = contacts.stream().filter(c -> Integer.parseInt(c.get("hs_analytics_num_visits")) >= 2).count();

    assertThat(clicked).isBetween(40L, 1500L);
    assertThat(repeat).isBetween(40L, 1900L);
  }

  @Test
  void aFourTimesTwentyFivePointScoreReachesEveryGrade() {
    Map<String, Long> grades = contacts.stream().collect(Collectors.groupingBy(c -> LeadScoreProxy.grade(
        LeadScoreProxy.score(c.properties(), company(c))), Collectors.counting()));

    assertThat(grades).containsOnlyKeys("A", "B", "C", "D");
    assertThat(grades.values()).allMatch(n -> n >= 40, "each grade holds at least 2% of contacts");
  }

  @Test
  void aboutSixtyPercentOfContactsAreUnownedAndTheRestOwned() {
    long unowned = contacts.stream().filter(c -> c.get("hubspot_owner_id") == null).count();

    assertThat(unowned).isBetween(1100L, 1300L);
  }

  @Test
  void contactCompanyAndWebsiteAgreeWithTheAssociatedCompany() {
    List<SandboxRecord> withCompany = contacts.stream().filter(c -> c.get("associatedcompanyid") != null).toList();

    assertThat(withCompany.size()).isGreaterThan(1800);
    assertThat(withCompany).allSatisfy(c -> {
      SandboxRecord company = companies.get(c.get("associatedcompanyid"));
      assertThat(c.get("company")).isEqualTo(company.get("name"));
      assertThat(c.get("website")).isEqualTo(company.get("website"));
      assertThat(c.associations().get("companies")).containsExactly(company.id());
    });
  }

  @Test
  void idsTimestampsAndCreateDatesAreConsistent() {
    Instant earliestModified = START.minus(Duration.ofDays(90));
    for (String type : List.of("contacts", "companies", "deals")) {
      List<SandboxRecord> records = sandbox.records(type);
      assertThat(records).extracting(r -> Long.parseLong(r.id())).isSorted();
      assertThat(records).allSatisfy(r -> {
        assertThat(r.get("hs_object_id")).isEqualTo(r.id());
        String modified = r.get(type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate");
        assertThat(modified).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(r.get("createdate"))).isBefore(Instant.parse(modified));
        assertThat(Instant.parse(modified)).isBetween(earliestModified, START);
      });
    }
  }

  @Test
  void aboutFivePercentOfRecordsShareTheirExactModifiedTimestamp() {
    Map<String, Long> perStamp = contacts.stream().collect(Collectors.groupingBy(c -> c.get("lastmodifieddate"),
        Collectors.counting()));
    long tied = perStamp.values().stream().filter(n -> n > 1).mapToLong(Long::longValue).sum();

    assertThat(tied).isBetween(60L, 160L);
  }

  @Test
  void companiesSpanSizesAndCountries() {
    List<Integer> sizes = companies.values().stream().map(c -> Integer.parseInt(c.get("numberofemployees"))).toList();

    assertThat(sizes).allMatch(n -> n >= 5 && n <= 20_000);
    assertThat(sizes).anyMatch(n -> n < 50).anyMatch(n -> n >= 5000);
    assertThat(companies.values()).extracting(c -> c.get("country")).contains("United States", "Canada",
        "United Kingdom", "Germany", "France", "Netherlands", "Australia", "Japan", "Singapore", "Brazil", "Mexico",
        "India");
  }

  @Test
  void dealsSitInTheDefaultPipelineAndBelongToACompany() {
    assertThat(sandbox.records("deals")).allSatisfy(d -> {
      assertThat(d.get("pipeline")).isEqualTo("default");
      assertThat(d.get("dealstage")).isIn("appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
          "decisionmakerboughtin", "contractsent", "closedwon", "closedlost");
      assertThat(companies).containsKey(d.associations().get("companies").get(0));
    });
  }

  @Test
  void oneHundredThousandContactsCanBeSeededAndSearched() {
    try (HubSpotSandbox big = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(100_000).unlimited())) {
      SandboxHttp http = new SandboxHttp(big);

      assertThat(http.search("contacts", "{\"limit\":0}").body().get("total").asInt()).isEqualTo(100_000);
      assertThat(http.search("companies", "{\"limit\":0}").body().get("total").asInt()).isEqualTo(20_000);
      assertThat(http.search("contacts", """
          {"filterGroups":[{"filters":[{"propertyName":"lastmodifieddate","operator":"GTE","value":"0"}]}],
           "sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],"limit":200,"after":"9800"}""")
          .body().get("results")).hasSize(200);
    }
  }

  private static Map<String, String> company(SandboxRecord contact) {
    String id = contact.get("associatedcompanyid");
    return id == null ? null : companies.get(id).properties();
  }

  private static List<String> emails(HubSpotSandbox s) {
    return s.records("contacts").stream().map(r -> r.get("email")).toList();
  }
}
