package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.sandbox.history.DealTraits;
import io.revbridge.sandbox.history.HiddenTruth;
import io.revbridge.sandbox.history.StageStep;
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
  void hubSpotHistoryCarriesCallsEmailsAndMeetingsOnItsRecordsAndAWinsKickOffComesAfterTheOutcome() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(
        SandboxOptions.defaults().withContacts(0).withClock(new FakeClock(START)))) {
      sandbox.seedHistory(HistoryOptions.of(300, 200, HistoryTruth.SIGNAL));

      List<SandboxRecord> meetings = sandbox.records("meetings");
      assertThat(sandbox.records("calls")).isNotEmpty();
      assertThat(sandbox.records("emails")).hasSizeGreaterThan(300)
          .allSatisfy(e -> assertThat(e.associations().getOrDefault("contacts", List.of()).size()
              + e.associations().getOrDefault("deals", List.of()).size()).isEqualTo(1));
      List<SandboxRecord> kickOffs = meetings.stream().filter(m -> "Kick-off".equals(m.get("hs_meeting_title")))
          .toList();
      assertThat(kickOffs).isNotEmpty().allSatisfy(k -> {
        String contact = k.associations().getOrDefault("contacts", List.of()).stream().findFirst().orElse(null);
        if (contact != null) {
          SandboxRecord c = sandbox.find("contacts", contact).orElseThrow();
          assertThat(c.get("lifecyclestage")).isEqualTo("customer");
          assertThat(k.createdAt()).isAfter(c.updatedAt());
          assertThat(c.associations().get("meetings")).contains(k.id());
        }
      });
      assertThat(meetings).allSatisfy(m -> assertThat(m.updatedAt()).isBefore(START));
    }
  }

  @Test
  void salesforceHistoryCarriesTasksAndEventsOnItsLeadsAndOpportunities() {
    try (SalesforceSandbox sandbox = SalesforceSandbox.start(
        SandboxOptions.defaults().withContacts(0).withClock(new FakeClock(START)))) {
      int tasksBefore = sandbox.records("Task").size();
      sandbox.seedHistory(HistoryOptions.of(200, 100, HistoryTruth.SIGNAL));

      List<Map<String, String>> tasks = sandbox.records("Task").subList(tasksBefore, sandbox.records("Task").size());
      assertThat(tasks).isNotEmpty().allSatisfy(t -> {
        assertThat(t.get("TaskSubtype")).isIn("Call", "Email");
        assertThat(t.get("WhoId") != null ? t.get("WhoId") : t.get("WhatId")).matches("(00Q|006).*");
      });
      assertThat(sandbox.records("Event")).anySatisfy(e -> assertThat(e.get("WhatId")).startsWith("006"));
      assertThat(sandbox.records("Opportunity").stream().filter(o -> o.get("Name").startsWith("History")))
          .allSatisfy(o -> assertThat(o.get("CreatedDate")).isLessThan(o.get("LastStageChangeDate")));
    }
  }

  @Test
  void underTheSignalTruthGoodTraitsConvertFarMoreOftenAndUnderNoiseTheyDoNot() {
    assertThat(referralDecisionMakersOverListNonBuyers(HistoryTruth.SIGNAL)).isGreaterThan(0.5);
    assertThat(Math.abs(referralDecisionMakersOverListNonBuyers(HistoryTruth.NOISE))).isLessThan(0.12);
  }

  @Test
  void underTheSignalTruthDealsThatStalledInTheirLastOpenStageLoseFarMoreOftenAndUnderNoiseTheyDoNot() {
    assertThat(briskOverStalledWinRate(HistoryTruth.SIGNAL)).isGreaterThan(0.25);
    assertThat(Math.abs(briskOverStalledWinRate(HistoryTruth.NOISE))).isLessThan(0.06);
  }

  @Test
  void everyDealEnteredItsFirstStageWhenCreatedAndItsLastTheWholeDaysItSatThereBeforeClosing() {
    HiddenTruth truth = new HiddenTruth(HistoryTruth.SIGNAL, 7, 720);
    List<DealTraits> deals = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> truth.nextDeal()).toList();

    assertThat(deals).allSatisfy(d -> {
      assertThat(d.stages()).hasSizeBetween(1, 4).extracting(StageStep::stage).isSorted().doesNotHaveDuplicates();
      assertThat(d.stages().get(0).minutesBeforeClose())
          .isEqualTo((d.createdDaysAgo() - d.closedDaysAgo()) * 24L * 60);
      assertThat(d.stages().get(d.stages().size() - 1).minutesBeforeClose()).isEqualTo(d.lastStageDays() * 24L * 60);
      assertThat(d.lastStageDays()).as("a stage entered with the closing is none").isPositive();
    });
    assertThat(deals).filteredOn(d -> d.lastStageDays() < 14).hasSizeGreaterThan(400);
    assertThat(deals).filteredOn(d -> d.lastStageDays() >= 45).hasSizeGreaterThan(400);
    assertThat(new HiddenTruth(HistoryTruth.SIGNAL, 7, 720).nextDeal()).as("seeded: the same deals again")
        .isEqualTo(deals.get(0));
  }

  /** Win rate of deals under 14 days in their last open stage minus that of deals 45 days or more in it. */
  private static double briskOverStalledWinRate(HistoryTruth truth) {
    HiddenTruth hidden = new HiddenTruth(truth, 11, 720);
    int[] brisk = new int[2];
    int[] stalled = new int[2];
    for (int i = 0; i < 10_000; i++) {
      DealTraits d = hidden.nextDeal();
      int[] bucket = d.lastStageDays() < 14 ? brisk : d.lastStageDays() >= 45 ? stalled : null;
      if (bucket != null) {
        bucket[0]++;
        bucket[1] += d.won() ? 1 : 0;
      }
    }
    assertThat(brisk[0]).isGreaterThan(1000);
    assertThat(stalled[0]).isGreaterThan(1000);
    return brisk[1] / (double) brisk[0] - stalled[1] / (double) stalled[0];
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
