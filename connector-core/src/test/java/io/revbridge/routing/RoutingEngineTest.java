package io.revbridge.routing;

import static io.revbridge.routing.Leads.T0;
import static io.revbridge.routing.Leads.owner;
import static io.revbridge.routing.Leads.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Owner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingEngineTest {
  static final String PLAYBOOK = """
      teams:
        - name: north-america
          fallback: lead@x.test
          reps:
            - {email: ana@x.test, level: senior, weight: 2, capacity: 3,
               hours: {days: MON-FRI, from: "08:00", to: "17:00", zone: America/New_York}}
            - {email: ben@x.test, level: junior}
            - email: cy@x.test
              level: senior
              out_of_office: [{from: 2026-03-01, to: 2026-03-10}]
            - {email: dee@x.test, level: senior}
            - {email: nobody@x.test, level: senior}
        - name: europe
          reps:
            - {email: eva@x.test, hours: {days: MON-FRI, from: "09:00", to: "17:00", zone: Europe/Berlin}}
            - {email: fay@x.test, hours: {days: MON-FRI, from: "06:00", to: "08:00", zone: Europe/Berlin}}
        - {name: inside-sales, reps: any-active-owner}
        - {name: enterprise, reps: [{email: ent@x.test}]}
        - {name: competitive, reps: [{email: comp@x.test}]}
      dimensions:
        - name: source
          field: person.source
          buckets: [{label: demo-request, in: [demo request], team: inside-sales}]
        - name: size
          field: company.employees
          buckets: [{label: enterprise, min: 1000}, {label: smb, max: 999}]
        - name: region
          field: company.region
          buckets:
            - {label: north-america, in: [NORTH_AMERICA], team: north-america}
            - {label: europe, in: [EUROPE], team: europe}
            - {label: unknown, team: inside-sales}
      levels: {HOT: senior, WARM: mid, COLD: junior, UNQUALIFIED: none}
      battle_cards: {pipedrive: cards/pipedrive.md}
      rules:
        - name: enterprise-budget
          when: {size: enterprise, company.annualRevenue: {gte: 50000000}}
          then: {team: enterprise, notify: true}
        - name: existing-customer
          when: {person.existingCustomer: true}
          then: {owner: account-owner, flag: expansion}
        - name: competitor
          when: {person.currentSolution: {in: [pipedrive]}}
          then: {team: competitive, battle_card: person.currentSolution}
        - name: partner
          when: {person.email: {contains: "@partner.test"}}
          then: {team: europe, reassign: true}
        - name: hot-score
          when: {score: {gt: 80}}
          then: {notify: true, sla: 15m}
        - name: new-mql
          when: {mql.crossed: true}
          then: {team: inside-sales, notify: true}
        - name: round-robin
          then: {owner: round-robin}
      """;

  @TempDir Path dir;
  final InMemoryRoundRobin picker = new InMemoryRoundRobin();
  final List<Owner> owners = new ArrayList<>(List.of(owner("o-ana", "ana@x.test", true),
      owner("o-ben", "BEN@x.test", true), owner("o-cy", "cy@x.test", true), owner("o-dee", "dee@x.test", false),
      owner("o-lead", "lead@x.test", true), owner("o-eva", "eva@x.test", true), owner("o-fay", "fay@x.test", true),
      owner("o-ent", "ent@x.test", true), owner("o-comp", "comp@x.test", true), owner("acct-owner", "am@x.test", true)));
  RoutingEngine engine;

  @BeforeEach
  void load() throws IOException {
    Files.writeString(dir.resolve("routing.yaml"), PLAYBOOK);
    Files.createDirectories(dir.resolve("cards"));
    Files.writeString(dir.resolve("cards/pipedrive.md"), "# Pipedrive\nAsk about routing.");
    engine = new RoutingEngine(RoutingPlaybookLoader.load(PlaybookFiles.folder(dir)), picker);
  }

  private RoutingDecision route(Leads.Lead lead, int points) {
    return engine.decide(lead.build(), score(points), owners, T0);
  }

  @Test
  void regionPicksTheTeamAndTheGradePicksTheLevelAmongAvailableActiveReps() {
    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 78);

    assertThat(d.rule()).isEqualTo("round-robin");
    assertThat(d.team()).isEqualTo("north-america");
    assertThat(d.ownerId()).isEqualTo("o-ana");
    assertThat(d.changesOwner()).isTrue();
    assertThat(d.candidates()).extracting(CandidateTrace::email, CandidateTrace::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ana@x.test", "chosen"),
        org.assertj.core.groups.Tuple.tuple("ben@x.test", "other-level"),
        org.assertj.core.groups.Tuple.tuple("cy@x.test", "out-of-office"),
        org.assertj.core.groups.Tuple.tuple("dee@x.test", "inactive"),
        org.assertj.core.groups.Tuple.tuple("nobody@x.test", "not-in-crm"));
    assertThat(d.reasons()).contains("team north-america because region is north-america");
    assertThat(d.dimensions()).containsEntry("region", "north-america").containsEntry("size", "smb");
  }

  @Test
  void aRepAtCapacityIsSkippedAndWhenNobodyIsLeftTheTeamFallbackOwnerGetsTheLead() {
    picker.open.put("o-ana", 3L);

    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 78);

    assertThat(d.ownerId()).isEqualTo("o-lead");
    assertThat(d.reasons()).last().asString().contains("team fallback");
    assertThat(d.candidates()).filteredOn(c -> c.email().equals("ana@x.test")).singleElement()
        .extracting(CandidateTrace::status).isEqualTo("at-capacity");
  }

  @Test
  void whenNoRepOfTheGradesLevelIsAvailableAnyLevelIsUsed() {
    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 55); // WARM: nobody is mid-level

    assertThat(d.ownerId()).isIn("o-ana", "o-ben");
    assertThat(d.reasons()).anyMatch(r -> r.contains("no available mid rep"));
  }

  @Test
  void offHoursRepsAreUsedOnlyWhenNobodyOfTheTeamIsWorking() {
    for (int i = 0; i < 4; i++) {
      assertThat(route(new Leads.Lead().id("e" + i).region("EUROPE"), 40).ownerId()).isEqualTo("o-eva");
    }
    RoutingDecision evening = engine.decide(new Leads.Lead().id("late").region("EUROPE").build(), score(40), owners,
        T0.plus(Duration.ofHours(3))); // 19:00 in Berlin: neither works

    assertThat(evening.ownerId()).isIn("o-eva", "o-fay");
    assertThat(evening.reasons()).anyMatch(r -> r.contains("off-hours reps"));
  }

  @Test
  void sourceComesBeforeRegionAndAnyActiveOwnerTeamsNeverChooseInactiveOwners() {
    for (int i = 0; i < 20; i++) {
      RoutingDecision d = route(new Leads.Lead().id("d" + i).source("Demo Request").region("EUROPE"), 40);
      assertThat(d.team()).isEqualTo("inside-sales");
      assertThat(d.ownerId()).isNotEqualTo("o-dee");
    }
  }

  @Test
  void anyOwnerTeamsFindOwnersWithoutEmailAndTheAuditListsAtMost25Reps() {
    owners.clear();
    for (int i = 10; i < 50; i++) {
      owners.add(owner("o" + i, i == 10 ? null : "r" + i + "@x.test", true));
    }

    RoutingDecision d = route(new Leads.Lead().source("demo request"), 40);

    assertThat(d.team()).isEqualTo("inside-sales");
    assertThat(d.ownerId()).isEqualTo("o10");
    assertThat(d.candidates()).hasSize(25);
    assertThat(d.reasons()).contains("40 reps considered; the audit lists 25");
  }

  @Test
  void enterpriseWithBudgetGoesToTheEnterpriseTeamWithANotification() {
    RoutingDecision d = route(new Leads.Lead().employees(5000).revenue(80_000_000).region("EUROPE"), 60);

    assertThat(d.rule()).isEqualTo("enterprise-budget");
    assertThat(d.team()).isEqualTo("enterprise");
    assertThat(d.ownerId()).isEqualTo("o-ent");
    assertThat(d.notifyNow()).isTrue();
    assertThat(d.rules()).singleElement().satisfies(r -> assertThat(r.why())
        .containsExactly("size is 'enterprise', eq enterprise", "company.annualRevenue is '80000000', gte 50000000"));
  }

  @Test
  void anExistingCustomersPersonGoesToTheAccountOwnerFlaggedAsExpansion() {
    RoutingDecision d = route(new Leads.Lead().region("EUROPE").enriched("person.existingCustomer", true)
        .enriched("person.accountOwnerId", "acct-owner"), 60);

    assertThat(d.rule()).isEqualTo("existing-customer");
    assertThat(d.ownerId()).isEqualTo("acct-owner");
    assertThat(d.flag()).isEqualTo("expansion");
    assertThat(d.shortReason()).startsWith("Rule existing-customer").contains("(expansion)");
    assertThat(d.rules()).extracting(RuleTrace::matched).containsExactly(false, true);
    assertThat(d.rules().get(0).why()).contains("size is 'smb', not eq enterprise");
  }

  @Test
  void aNamedCompetitorGoesToTheCompetitiveTeamWithItsBattleCard() {
    RoutingDecision d = route(new Leads.Lead().region("EUROPE").currentSolution("Pipedrive"), 60);

    assertThat(d.team()).isEqualTo("competitive");
    assertThat(d.ownerId()).isEqualTo("o-comp");
    assertThat(d.battleCard()).hasValueSatisfying(c -> {
      assertThat(c.competitor()).isEqualTo("Pipedrive");
      assertThat(c.markdown()).contains("Ask about routing.");
    });
  }

  @Test
  void theDescriptionListsDimensionsInThePlaybooksOrderAndEachRuleAsRuleMatchedWhy() {
    Map<String, Object> described =
        route(new Leads.Lead().source("Demo Request").region("NORTH_AMERICA"), 81).describe();

    @SuppressWarnings("unchecked")
    Map<String, String> dimensions = (Map<String, String>) described.get("dimensions");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) described.get("rulesEvaluated");
    assertThat(dimensions.keySet()).containsExactly("source", "size", "region");
    assertThat(rules).allSatisfy(r -> assertThat(r.keySet()).containsExactly("rule", "matched", "why"));
  }

  @Test
  void aScoreOver80GetsTheFifteenMinuteSlaAndANotification() {
    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 81);

    assertThat(d.rule()).isEqualTo("hot-score");
    assertThat(d.sla()).contains(Duration.ofMinutes(15));
    assertThat(d.notifyNow()).isTrue();
    assertThat(d.ownerId()).isEqualTo("o-ana");
    assertThat(d.shortReason()).endsWith("SLA 15 min");
  }

  @Test
  void unqualifiedLeadsGoToMarketingNurtureWithNoOwner() {
    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 10);

    assertThat(d.ownerId()).isNull();
    assertThat(d.changesOwner()).isFalse();
    assertThat(d.reasons()).anyMatch(r -> r.contains("marketing nurture"));
  }

  @Test
  void anOwnerAHumanSetIsKeptUnlessTheRuleReassigns() {
    RoutingDecision kept = route(new Leads.Lead().region("NORTH_AMERICA").owner("o-ben"), 78);

    assertThat(kept.ownerId()).isEqualTo("o-ben");
    assertThat(kept.changesOwner()).isFalse();
    assertThat(kept.reasons()).anyMatch(r -> r.startsWith("kept owner o-ben"));

    Leads.Lead partner = new Leads.Lead().region("NORTH_AMERICA").owner("o-ben");
    partner.email = "jo@partner.test";
    RoutingDecision moved = route(partner, 40);
    assertThat(moved.rule()).isEqualTo("partner");
    assertThat(moved.ownerId()).isEqualTo("o-eva");
    assertThat(moved.changesOwner()).isTrue();
  }

  @Test
  void routingTheSameRecordAgainKeepsItsRepWithoutTakingATurn() {
    RoutingDecision first = route(new Leads.Lead().id("same").region("EUROPE"), 40);
    RoutingDecision again = route(new Leads.Lead().id("same").region("EUROPE"), 40);

    assertThat(again.ownerId()).isEqualTo(first.ownerId());
    assertThat(again.reasons()).anyMatch(r -> r.startsWith("same rep as on an earlier pass"));
    assertThat(picker.counts.get("main/europe")).containsEntry(first.ownerId(), 1L);
  }

  @Test
  void theDecisionListsTheInputsItRead() {
    RoutingDecision d = route(new Leads.Lead().region("NORTH_AMERICA"), 78);

    assertThat(d.inputs()).containsEntry("score", 78).containsEntry("company.region", "NORTH_AMERICA")
        .containsKey("company.employees").containsKey("person.source");
  }

  @Test
  void aLeadWhoseMqlScoreJustCrossedIsRoutedByTheMqlRuleAndOnlyThen() {
    io.revbridge.scoring.MqlScore qualified = new io.revbridge.scoring.MqlScore(75, true, List.of());
    Leads.Lead lead = new Leads.Lead().region("NORTH_AMERICA");

    RoutingDecision crossed = engine.decide(lead.build(), score(62), qualified, true, owners, T0);
    RoutingDecision already = engine.decide(lead.build(), score(62), qualified, false, owners, T0);

    assertThat(crossed.rule()).isEqualTo("new-mql");
    assertThat(crossed.team()).isEqualTo("inside-sales");
    assertThat(crossed.notifyNow()).isTrue();
    assertThat(already.rule()).isEqualTo("round-robin");
    assertThat(already.team()).isEqualTo("north-america");
  }

  @Test
  void factsAreReadOnDemandWithBlankAsAbsentAndMqlNamesFallingBackToEnrichmentWithoutAnMqlScore() throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("routing.yaml"), """
        teams: [{name: everyone, reps: any-active-owner}]
        rules:
          - name: mql-high
            when: {mql.score: {gt: 60}}
            then: {team: everyone, flag: mql}
          - name: no-email
            when: {person.email: {present: false}}
            then: {team: everyone, flag: no-email}
          - name: round-robin
            then: {team: everyone}
        """);
    RoutingEngine small = new RoutingEngine(RoutingPlaybookLoader.load(PlaybookFiles.folder(other)), picker);
    Leads.Lead blankEmail = new Leads.Lead().id("p2");
    blankEmail.email = "  ";

    RoutingDecision enrichedMql = small.decide(new Leads.Lead().enriched("mql.score", 70).build(), score(40), owners, T0);
    RoutingDecision lowMql = small.decide(new Leads.Lead().enriched("mql.score", 70).build(), score(40),
        new io.revbridge.scoring.MqlScore(20, false, List.of()), false, owners, T0);
    RoutingDecision noEmail = small.decide(blankEmail.build(), score(40), owners, T0);

    assertThat(enrichedMql.flag()).isEqualTo("mql");
    assertThat(enrichedMql.inputs()).containsOnlyKeys("mql.score").containsEntry("mql.score", "70");
    assertThat(lowMql.flag()).isNull();
    assertThat(lowMql.inputs()).containsEntry("mql.score", 20).containsEntry("person.email", "jo@acme.test");
    assertThat(noEmail.flag()).isEqualTo("no-email");
    assertThat(noEmail.inputs()).containsEntry("person.email", "");
  }

  @Test
  void everyOperatorSaysWhyItPassedOrFailed() throws IOException {
    Path other = Files.createDirectories(dir.resolve("operators"));
    Files.writeString(other.resolve("routing.yaml"), """
        teams: [{name: everyone, reps: any-active-owner}]
        rules:
          - name: all
            when:
              person.source: {ne: Referral}
              person.currentSolution: {notIn: [Pipedrive, zoho crm]}
              company.employees: {lt: 50.5}
              score: {lte: 40}
              person.email: {contains: "@ACME."}
              person.title: {present: true}
              company.annualRevenue: {gte: 1000}
            then: {team: everyone}
          - name: round-robin
            then: {team: everyone}
        """);
    RoutingEngine engine = new RoutingEngine(RoutingPlaybookLoader.load(PlaybookFiles.folder(other)), picker);

    RoutingDecision d = engine.decide(new Leads.Lead().source("referral").currentSolution("HubSpot").employees(50)
        .build(), score(40), owners, T0);

    assertThat(d.rules().get(0).why()).containsExactly(
        "person.source is 'referral', not ne Referral",
        "person.currentSolution is 'HubSpot', notIn [Pipedrive, zoho crm]",
        "company.employees is '50', lt 50.5",
        "score is '40', lte 40",
        "person.email is 'jo@acme.test', contains @ACME.",
        "person.title is 'VP Sales', present true",
        "company.annualRevenue is absent, not gte 1000");
    assertThat(d.rule()).isEqualTo("round-robin");
  }
}
