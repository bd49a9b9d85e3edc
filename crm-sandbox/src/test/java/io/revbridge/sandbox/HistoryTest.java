package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static final Instant START = Instant.parse("2026-06-15T09:30:00Z");

  @Test
  void hubSpotHistoryHasBothOutcomesSpreadOverTheWindowAndCompaniesThatCarryTheTraits() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(
        SandboxOptions.defaults().withContacts(0).withClock(new FakeClock(START)))) {
      sandbox.seedHistory(HistoryOptions.of(1000, 400, HistoryTruth.SIGNAL));

      List<SandboxRecord> contacts = sandbox.records("contacts");
      assertThat(contacts).hasSize(1000);
      long customers = contacts.stream().filter(c -> "customer".equals(c.properties().get("lifecyclestage"))).count();
      long unqualified = contacts.stream().filter(c -> "UNQUALIFIED".equals(c.properties().get("hs_lead_status"))).count();
      assertThat(customers + unqualified).isEqualTo(1000);
      assertThat(customers).isBetween(200L, 800L);
      assertThat(contacts).allSatisfy(c -> assertThat(c.updatedAt()).isBefore(START).isAfter(c.createdAt()));
      assertThat(contacts.stream().map(SandboxRecord::updatedAt).min(Instant::compareTo).orElseThrow())
          .isBefore(START.minus(Duration.ofDays(600)));
      assertThat(contacts.stream().map(SandboxRecord::updatedAt).max(Instant::compareTo).orElseThrow())
          .isAfter(START.minus(Duration.ofDays(120)));
      SandboxRecord first = contacts.get(0);
      String companyId = first.properties().get("associatedcompanyid");
      assertThat(sandbox.record("companies", companyId)).containsKey("numberofemployees");

      List<SandboxRecord> deals = sandbox.records("deals");
      assertThat(deals).hasSize(400);
      assertThat(deals).extracting(d -> d.properties().get("dealstage")).containsOnly("closedwon", "closedlost")
          .contains("closedwon", "closedlost");
    }
  }

  @Test
  void underTheSignalTruthGoodTraitsConvertFarMoreOftenAndUnderNoiseTheyDoNot() {
    assertThat(referralDecisionMakersOverListNonBuyers(HistoryTruth.SIGNAL)).isGreaterThan(0.5);
    assertThat(Math.abs(referralDecisionMakersOverListNonBuyers(HistoryTruth.NOISE))).isLessThan(0.12);
  }

  @Test
  void salesforceHistoryHasClosedLeadsAndOpportunitiesOnAccounts() {
    try (SalesforceSandbox sandbox = SalesforceSandbox.start(
        SandboxOptions.defaults().withContacts(0).withClock(new FakeClock(START)))) {
      int leadsBefore = sandbox.records("Lead").size();
      sandbox.seedHistory(HistoryOptions.of(300, 100, HistoryTruth.SIGNAL));
      List<Map<String, String>> leads = sandbox.records("Lead");
      assertThat(leads).hasSize(leadsBefore + 300);
      assertThat(leads).extracting(l -> l.get("Status"))
          .contains("Closed - Converted", "Closed - Not Converted");
      List<Map<String, String>> opportunities = sandbox.records("Opportunity").stream()
          .filter(o -> o.get("Name").startsWith("History")).toList();
      assertThat(opportunities).hasSize(100).allSatisfy(o -> assertThat(o.get("AccountId")).isNotBlank());
      assertThat(opportunities).extracting(o -> o.get("StageName")).contains("Closed Won", "Closed Lost");
    }
  }

  @Test
  void badHistoryOptionsAreRefusedNamingTheBound() {
    assertThatThrownBy(() -> new HistoryOptions(-1, 0, HistoryTruth.SIGNAL, 1, 720))
        .hasMessageContaining("leads must be 0..");
    assertThatThrownBy(() -> new HistoryOptions(10, 10, HistoryTruth.SIGNAL, 1, 10))
        .hasMessageContaining("days must be 60..3650, was 10");
  }

  /** Conversion rate of referred decision makers minus that of purchased-list non-buyers. */
  private static double referralDecisionMakersOverListNonBuyers(HistoryTruth truth) {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(
        SandboxOptions.defaults().withContacts(0).withClock(new FakeClock(START)))) {
      sandbox.seedHistory(HistoryOptions.of(6000, 0, truth));
      List<SandboxRecord> contacts = sandbox.records("contacts");
      double good = rate(contacts.stream().filter(c -> "REFERRALS".equals(c.properties().get("hs_analytics_source"))
          && List.of("VP Sales", "Chief Technology Officer", "Director of IT", "Head of Operations", "CEO",
              "VP Engineering").contains(c.properties().get("jobtitle"))).toList());
      double bad = rate(contacts.stream().filter(c -> "OTHER_CAMPAIGNS".equals(c.properties().get("hs_analytics_source"))
          && List.of("Student", "Intern", "Freelancer").contains(c.properties().get("jobtitle"))).toList());
      return good - bad;
    }
  }

  private static double rate(List<SandboxRecord> contacts) {
    assertThat(contacts).hasSizeGreaterThan(20);
    return contacts.stream().filter(c -> "customer".equals(c.properties().get("lifecyclestage"))).count()
        / (double) contacts.size();
  }
}
