package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.handoff.HandoffRunner;
import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.AuditStore;
import io.revbridge.store.HandoffLink;
import io.revbridge.sync.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-off end to end, as {@code demo --crm both} runs it: the real CLI wiring, both adapters and both sandboxes
 * at once (HubSpot contacts become Salesforce leads or are matched; sales' outcome and field edits flow back).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandoffEndToEndIT {
  private static final String MATCHED_EMAIL = "matched.person@acme-match.example";

  private final SteppingClock clock = new SteppingClock(Instant.now());
  private HubSpotSandbox hubspot;
  private SalesforceSandbox salesforce;
  private RevbridgeConfig config;
  private Revbridge rb;
  private String matchedContact;
  private String matchedSalesforceContact;
  private String freeMailContact;
  private String competitorContact;
  private Map<String, String> env;
  private Path configFile;

  @BeforeAll
  void start(@TempDir Path folder) {
    hubspot = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(150).withClock(clock).unlimited());
    salesforce = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(40).withClock(clock));
    List<String> ids = hubspot.records("contacts").stream().map(r -> r.id()).sorted().toList();
    matchedContact = ids.get(0);
    freeMailContact = ids.get(1);
    competitorContact = ids.get(2);
    hubspot.edit("contacts", matchedContact, hotLead(MATCHED_EMAIL));
    hubspot.edit("contacts", freeMailContact, hotLead("someone.hot@gmail.com"));
    hubspot.edit("contacts", competitorContact, hotLead("researcher@pipedrive.com"));
    // the same person already in Salesforce as a contact, the email written differently
    matchedSalesforceContact = salesforce.records("Contact").get(0).get("Id");
    salesforce.edit("Contact", matchedSalesforceContact, Map.of("Email", "Matched.Person@ACME-match.example"));
    clock.advance(Duration.ofSeconds(5));
    String yaml = String.join("\n",
        "store:",
        "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
        "connections:",
        "  - name: hs",
        "    crm: hubspot",
        "    baseUrl: " + hubspot.baseUrl(),
        "    accessToken: ${HS_TOKEN}",
        "    objects: [contacts]",
        "  - name: sf",
        "    crm: salesforce",
        "    loginUrl: " + salesforce.baseUrl(),
        "    organizationId: " + salesforce.organizationId(),
        "    auth:",
        "      flow: client-credentials",
        "      clientId: " + SalesforceSandbox.CLIENT_ID,
        "      clientSecret: ${SF_SECRET}",
        "    objects: [Lead, Contact]",
        "handoff:",
        "  from: hs",
        "  to: sf",
        "");
    env = Map.of("HS_TOKEN", hubspot.accessToken(), "SF_SECRET", SalesforceSandbox.CLIENT_SECRET);
    configFile = folder.resolve("revbridge.yaml");
    try {
      java.nio.file.Files.writeString(configFile, yaml);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    config = ConfigLoader.fromYaml(yaml, "revbridge.yaml", folder, env);
    rb = Revbridge.assemble(config, line -> { });
  }

  private static Map<String, String> hotLead(String email) {
    return Map.of("email", email, "demo_requested", "true", "trial_signup", "true",
        "hs_analytics_last_url", "https://www.example.com/pricing", "lifecyclestage", "lead");
  }

  @AfterAll
  void stop() {
    if (rb != null) {
      rb.close();
    }
    hubspot.close();
    salesforce.close();
  }

  private HandoffRunner.Pass pass() {
    rb.engine().syncOnce();
    return rb.handoff().orElseThrow().runOnce();
  }

  @Test
  @Order(1)
  void everyContactCrossingTheThresholdBecomesExactlyOneSalesforceRecordOrIsSkippedWithItsReason() {
    HandoffRunner.Pass pass = pass();

    List<String> crossed = crossings();
    Map<String, HandoffLink> links = links();
    assertThat(links.keySet()).containsExactlyInAnyOrderElementsOf(crossed);
    assertThat(links.get(freeMailContact).status()).isEqualTo(HandoffLink.SKIPPED);
    assertThat(links.get(freeMailContact).detail()).contains("free-mail address gmail.com");
    assertThat(links.get(competitorContact).detail()).contains("competitor domain pipedrive.com");
    List<HandoffLink> handed = links.values().stream().filter(l -> l.status().equals(HandoffLink.HANDED_OVER)).toList();
    assertThat(handed).hasSize(pass.handedOver()).hasSizeGreaterThan(3);
    assertThat(handed.size() + pass.skipped()).isEqualTo(crossed.size());

    // the existing Salesforce contact was matched, not duplicated as a lead
    HandoffLink matched = links.get(matchedContact);
    assertThat(matched.salesforceObject()).isEqualTo("Contact");
    assertThat(matched.salesforceId()).isEqualTo(matchedSalesforceContact);
    assertThat(matched.matchBasis()).isEqualTo("email-contact");
    assertThat(salesforce.records("Lead")).noneMatch(l -> MATCHED_EMAIL.equalsIgnoreCase(
        String.valueOf(l.get("Email")).strip()));

    // every other hand-off created one lead, carrying the HubSpot id and the context package; HubSpot has its id
    Map<String, List<Map<String, String>>> leadsByContact = salesforce.records("Lead").stream()
        .filter(l -> l.get("Revbridge_HubSpot_Id__c") != null)
        .collect(Collectors.groupingBy(l -> l.get("Revbridge_HubSpot_Id__c")));
    assertThat(leadsByContact).hasSize(handed.size() - 1).allSatisfy((id, leads) -> assertThat(leads).hasSize(1));
    for (HandoffLink l : handed) {
      assertThat(hubspot.record("contacts", l.hubspotId())).containsEntry("revbridge_salesforce_id", l.salesforceId());
      if (!l.hubspotId().equals(matchedContact)) {
        Map<String, String> lead = leadsByContact.get(l.hubspotId()).get(0);
        assertThat(lead.get("Id")).isEqualTo(l.salesforceId());
        assertThat(lead.get("Status")).isEqualTo("Open - Not Contacted");
        assertThat(lead.get("LastName")).isNotBlank();
        assertThat(lead.get("Company")).isNotBlank();
        assertThat(lead.get("Revbridge_Handoff_Context__c")).contains("Lead source and campaign", "Scores",
            "MQL crossed", "Talking points", "Firmographics");
      }
    }
    // one hand-off task per hand-off, for the owner, with the context package
    List<Map<String, String>> tasks = handoffTasks();
    assertThat(tasks).hasSize(handed.size());
    assertThat(tasks).allSatisfy(t -> assertThat(t.get("Description")).contains("Handed over by Revbridge"));
    Map<String, String> leadOwners = salesforce.records("Lead").stream().filter(l -> l.get("OwnerId") != null)
        .collect(Collectors.toMap(l -> l.get("Id"), l -> l.get("OwnerId")));
    assertThat(tasks).filteredOn(t -> leadOwners.containsKey(t.get("WhoId")))
        .allSatisfy(t -> assertThat(t.get("OwnerId")).isEqualTo(leadOwners.get(t.get("WhoId"))));
  }

  @Test
  @Order(2)
  void repeatedPassesAndARestartNeitherDuplicateLeadsNorTasks() {
    int leads = salesforce.records("Lead").size();
    int tasks = handoffTasks().size();

    pass();
    pass();
    rb.close();
    rb = Revbridge.assemble(config, line -> { });
    HandoffRunner.Pass afterRestart = pass();

    assertThat(salesforce.records("Lead")).hasSize(leads);
    assertThat(handoffTasks()).hasSize(tasks);
    assertThat(afterRestart.created()).isZero();
  }

  @Test
  @Order(3)
  void acceptanceRejectionConversionAndClosedWonFlowBackToHubSpot() {
    List<HandoffLink> created = links().values().stream().filter(l -> "created".equals(l.matchBasis()))
        .sorted(java.util.Comparator.comparing(HandoffLink::hubspotId)).toList();
    HandoffLink accepted = created.get(0);
    HandoffLink rejected = created.get(1);
    HandoffLink won = created.get(2);
    hubspot.edit("contacts", rejected.hubspotId(), Map.of("hubspot_owner_id", ownerOf(rejected.hubspotId())));
    String opportunity = salesforce.records("Opportunity").get(0).get("Id");
    salesforce.edit("Lead", accepted.salesforceId(), Map.of("Status", "Working - Contacted"));
    salesforce.edit("Lead", rejected.salesforceId(), Map.of("Status", "Closed - Not Converted"));
    salesforce.edit("Lead", won.salesforceId(), Map.of("IsConverted", "true", "ConvertedOpportunityId", opportunity));
    salesforce.edit("Opportunity", opportunity, Map.of("StageName", "Closed Won"));
    clock.advance(Duration.ofMinutes(30));

    rb.handoff().orElseThrow().runOnce();

    assertThat(hubspot.record("contacts", accepted.hubspotId())).containsEntry("lifecyclestage", "salesqualifiedlead")
        .containsEntry("revbridge_handoff_status", "accepted");
    assertThat(hubspot.record("contacts", won.hubspotId())).containsEntry("lifecyclestage", "customer")
        .containsEntry("revbridge_handoff_status", "closed-won");
    // a rejection waits for its reason
    assertThat(links().get(rejected.hubspotId()).status()).isEqualTo(HandoffLink.AWAITING_REASON);
    assertThat(hubspot.record("contacts", rejected.hubspotId())).doesNotContainEntry("revbridge_handoff_status", "rejected");

    salesforce.edit("Lead", rejected.salesforceId(), Map.of("Revbridge_Rejection_Reason__c", "No budget this year"));
    rb.handoff().orElseThrow().runOnce();

    assertThat(hubspot.record("contacts", rejected.hubspotId())).containsEntry("lifecyclestage", "lead")
        .containsEntry("revbridge_rejection_reason", "No budget this year")
        .containsEntry("revbridge_handoff_status", "rejected");
    assertThat(rb.store().sequences().countByStatus()).containsKey("PENDING");
    HandoffLink afterAccept = links().get(accepted.hubspotId());
    assertThat(afterAccept.status()).isEqualTo(HandoffLink.ACCEPTED);
    assertThat(afterAccept.respondedAt()).isNotNull();
    assertThat(links().get(won.hubspotId()).status()).isEqualTo(HandoffLink.WON);
  }

  @Test
  @Order(4)
  void aTwoWayEditStormSettlesWithoutLoopsAndConflictsResolveByTheMoreRecentEdit() {
    HandoffLink pair = links().values().stream().filter(l -> "created".equals(l.matchBasis())).skip(3).findFirst()
        .orElseThrow();
    for (int i = 0; i < 4; i++) {
      hubspot.edit("contacts", pair.hubspotId(), Map.of("jobtitle", "Head of Ops " + i));
      clock.advance(Duration.ofSeconds(2));
      rb.handoff().orElseThrow().runOnce();
      assertThat(salesforce.records("Lead").stream().filter(l -> l.get("Id").equals(pair.salesforceId()))
          .findFirst().orElseThrow()).containsEntry("Title", "Head of Ops " + i);
      salesforce.edit("Lead", pair.salesforceId(), Map.of("Title", "VP Operations " + i));
      clock.advance(Duration.ofSeconds(2));
      rb.handoff().orElseThrow().runOnce();
      assertThat(hubspot.record("contacts", pair.hubspotId())).containsEntry("jobtitle", "VP Operations " + i);
    }
    // both sides edited within one cycle: the later edit (Salesforce's) wins, and the decision is recorded
    hubspot.edit("contacts", pair.hubspotId(), Map.of("jobtitle", "Chief of Staff"));
    clock.advance(Duration.ofSeconds(2));
    salesforce.edit("Lead", pair.salesforceId(), Map.of("Title", "COO"));
    clock.advance(Duration.ofSeconds(2));
    rb.handoff().orElseThrow().runOnce();
    assertThat(hubspot.record("contacts", pair.hubspotId())).containsEntry("jobtitle", "COO");
    assertThat(rb.store().audit().forRecord(new RecordRef("hs", "contacts", pair.hubspotId())))
        .anyMatch(e -> e.decision().startsWith("field conflict resolved") && e.detailJson().contains("COO"));

    // settled: further passes, sync included, write nothing more to either CRM
    pass();
    int hubspotWrites = hubspot.writes().size();
    int salesforceWrites = salesforce.writes().size();
    HandoffRunner.Pass quiet = pass();
    pass();
    assertThat(quiet.feedback().fieldsSynced()).isZero();
    assertThat(hubspot.writes()).hasSize(hubspotWrites);
    assertThat(salesforce.writes()).hasSize(salesforceWrites);
  }

  @Test
  @Order(6)
  void aRejectedContactThatCrossesAgainGoesBackToSalesOnTheSameLead() {
    HandoffLink rejected = links().values().stream().filter(l -> l.status().equals(HandoffLink.REJECTED)).findFirst()
        .orElseThrow();
    int leads = salesforce.records("Lead").size();
    // marketing nurtured it: its MQL flag dropped, then it showed new intent
    hubspot.edit("contacts", rejected.hubspotId(), Map.of("revbridge_mql", "false", "jobtitle", "Head of Revenue"));
    // the change arrives as a webhook would bring it (the sandbox's clock runs ahead of the poll's window here)
    RecordRef contact = new RecordRef("hs", "contacts", rejected.hubspotId());
    rb.engine().ingest(List.of(new io.revbridge.spi.Change(contact, io.revbridge.spi.ChangeKind.UPSERT, Instant.now(),
        "test-webhook:" + contact.key(), java.util.Optional.empty())));
    rb.engine().processPending();
    rb.engine().drain();
    rb.handoff().orElseThrow().runOnce();

    HandoffLink again = links().get(rejected.hubspotId());
    assertThat(again.status()).isEqualTo(HandoffLink.HANDED_OVER);
    assertThat(again.salesforceId()).isEqualTo(rejected.salesforceId());
    assertThat(again.matchBasis()).isEqualTo("linked");
    assertThat(salesforce.records("Lead")).hasSize(leads);
    assertThat(salesforce.records("Lead").stream().filter(l -> l.get("Id").equals(rejected.salesforceId()))
        .findFirst().orElseThrow()).containsEntry("Status", "Open - Not Contacted");
    assertThat(hubspot.record("contacts", rejected.hubspotId())).containsEntry("revbridge_handoff_status", "handed-over");
  }

  /** The contact's HubSpot owner, or one of the portal's owners when it has none (for the nurture tasks). */
  @Test
  @Order(5)
  void theReportShowsConversionAcceptanceResponseAndRejectionReasons() {
    Cli cli = Cli.run(env, "handoff", "report", "--config", configFile.toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    long mqls = links().size();
    assertThat(cli.out()).contains("MQLs " + mqls + ": handed over " + (mqls - 2) + ", skipped by the rules 2",
        "sales-accepted rate: 66.7% (2 accepted or further, 1 rejected", "MQL → SQL conversion:",
        "1  No budget this year", "free-mail address", "competitor domain pipedrive.com", "within the SLA");
  }

  private String ownerOf(String contactId) {
    String own = hubspot.record("contacts", contactId).get("hubspot_owner_id");
    return own != null && !own.isBlank() ? own : hubspot.records("contacts").stream()
        .map(r -> r.properties().get("hubspot_owner_id")).filter(o -> o != null && !o.isBlank()).findFirst()
        .orElseThrow();
  }

  private List<Map<String, String>> handoffTasks() {
    return salesforce.records("Task").stream()
        .filter(t -> String.valueOf(t.get("Subject")).startsWith("New MQL from marketing")).toList();
  }

  private Map<String, HandoffLink> links() {
    return rb.store().handoffs().since(Instant.EPOCH).stream()
        .collect(Collectors.toMap(HandoffLink::hubspotId, Function.identity()));
  }

  /** The HubSpot contacts whose MQL crossing reached the hand-off threshold, from the audit. */
  private List<String> crossings() {
    Map<String, Boolean> ids = new HashMap<>();
    for (AuditStore.Numbered n : rb.store().audit().stageAfter("mql", "crossed", 0, 10_000)) {
      AuditEntry e = n.entry();
      if (e.ref().connection().equals("hs")
          && Json.mapper().valueToTree(Json.read(e.detailJson(), Map.class)).path("score").asInt() >= 70) {
        ids.put(e.ref().id(), true);
      }
    }
    return List.copyOf(ids.keySet());
  }
}
