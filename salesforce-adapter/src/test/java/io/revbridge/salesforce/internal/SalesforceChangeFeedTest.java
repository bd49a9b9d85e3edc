package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeKind;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ApiUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceChangeFeedTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void firstPollReadsEveryBatchWithQueryMoreAndEndsOnTheLastTimestampAndId() {
    server.stub(":queryAll>", "queryall-changes.xml");
    server.stub(":queryMore>", "querymore-changes-last.xml");
    // the stub reports 85% of the daily requests used: below this connection's share
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(Map.of("apiUsageStopPercent", "90")), 3);

    ChangePage page = feed.poll("Lead", null, Set.of("Email", "NumberOfEmployees", "Revbridge_Score__c"));

    assertThat(page.changes()).extracting(c -> c.ref().id())
        .containsExactly("00Q5g00000AbCdEAAV", "00Q5g00000AbCdFAAV", "00Q5g00000AbCdGAAV");
    assertThat(page.nextCursor()).isEqualTo("2025-01-02T03:04:07Z|00Q5g00000AbCdGAAV");
    assertThat(page.hasMore()).isTrue();
    Change first = page.changes().get(0);
    assertThat(first.record().orElseThrow().fields())
        .containsEntry("Email", "ada@example.com").containsEntry("NumberOfEmployees", "250")
        .doesNotContainKeys("Revbridge_Score__c", "Id", "type", "IsDeleted");
    assertThat(first.occurredAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
    String soql = server.soapRequests(":queryAll>").get(0).getBodyAsString();
    assertThat(soql).contains("SELECT Id, SystemModstamp, IsDeleted, Email, NumberOfEmployees, Revbridge_Score__c"
        + " FROM Lead WHERE SystemModstamp &lt;= 2025-01-02T03:04:55Z ORDER BY SystemModstamp ASC, Id ASC LIMIT 3");
    assertThat(server.soapRequests(":queryMore>").get(0).getBodyAsString()).contains("0r8xx0000000002AAA-2");
  }

  @Test
  void deletedRowsFromQueryAllBecomeDeleteChanges() {
    server.stub(":queryAll>", "queryall-changes.xml");
    server.stub(":queryMore>", "querymore-changes-last.xml");
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    ChangePage page = feed.poll("Lead", null, Set.of("Email"));

    assertThat(page.changes()).extracting(Change::kind)
        .containsExactly(ChangeKind.UPSERT, ChangeKind.DELETE, ChangeKind.UPSERT);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void nextPollStartsAfterTheCursorPairSoRecordsSharingATimestampAreNeitherSkippedNorRepeated() {
    server.stub(":queryAll>", "queryall-empty.xml");
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    ChangePage page = feed.poll("Lead", "2025-01-02T03:04:05Z|00Q5g00000AbCdEAAV", Set.of("Email"));

    assertThat(page.changes()).isEmpty();
    assertThat(page.nextCursor()).isEqualTo("2025-01-02T03:04:05Z|00Q5g00000AbCdEAAV");
    assertThat(server.soapRequests(":queryAll>").get(0).getBodyAsString()).contains(
        "WHERE ((SystemModstamp = 2025-01-02T03:04:05Z AND Id > '00Q5g00000AbCdEAAV') OR "
            + "SystemModstamp > 2025-01-02T03:04:05Z) AND SystemModstamp &lt;= 2025-01-02T03:04:55Z"
            + " ORDER BY SystemModstamp ASC, Id ASC");
  }

  @Test
  void aboveTheConfiguredShareAPollStillReadsItsPageButLeavesTheBacklogForTheNextPass() {
    server.stub(":queryAll>", "queryall-changes.xml"); // its LimitInfoHeader says 85,000 of 100,000
    server.stub(":queryMore>", "querymore-changes-last.xml");
    SalesforceSession session = server.session(Map.of("apiUsageStopPercent", "80"));
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", session, 3);

    ChangePage page = feed.poll("Lead", null, Set.of("Email"));

    assertThat(page.changes()).hasSize(3);
    assertThat(page.nextCursor()).isEqualTo("2025-01-02T03:04:07Z|00Q5g00000AbCdGAAV");
    assertThat(page.hasMore()).isFalse();
    assertThat(page.heldBack()).as("more rows wait, and a reader that needs them all can go on").isTrue();
    ApiUsage usage = session.limits().apiUsage();
    assertThat(usage.used()).hasValue(85_000);
    assertThat(usage.dailyLimit()).hasValue(100_000);
    assertThat(usage.throttledUntil()).isPresent();
    assertThat(usage.note()).contains("85,000 of 100,000").contains("writes go on");
  }

  @Test
  void belowTheShareNothingIsHeldBack() {
    server.stub(":queryAll>", "queryall-changes.xml");
    server.stub(":queryMore>", "querymore-changes-last.xml");
    SalesforceSession session = server.session(Map.of("apiUsageStopPercent", "90"));

    ChangePage page = new SalesforceChangeFeed("sf", session, 2000).poll("Lead", null, Set.of("Email"));

    assertThat(page.heldBack()).isFalse();
    assertThat(session.limits().nonEssentialWorkPaused()).isFalse();
    assertThat(session.limits().apiUsage().throttledUntil()).isEmpty();
    assertThat(session.limits().apiUsage().share()).hasValue(0.85);
  }

  @Test
  void mappedCustomFieldsTheOrgLacksAreLeftOutOfTheQueryAfterOneDescribe() {
    server.stub(":queryAll>", "queryall-changes.xml");
    server.stub(":queryMore>", "querymore-changes-last.xml");
    SalesforceSession session = server.session(Map.of("apiUsageStopPercent", "90"));
    SalesforceCustomFields custom = new SalesforceCustomFields("sf", session, java.time.Clock.systemUTC());
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", session, custom, 2000);
    Set<String> fields = new java.util.LinkedHashSet<>(List.of("Email", "Revbridge_Score__c", "Demo_Requested__c"));

    feed.poll("Lead", null, fields);
    feed.poll("Lead", null, fields);

    assertThat(server.soapRequests(":queryAll>")).extracting(r -> r.getBodyAsString()).allSatisfy(body ->
        assertThat(body).contains("SELECT Id, SystemModstamp, IsDeleted, Email, Revbridge_Score__c FROM Lead"));
    assertThat(server.soapRequests(":describeSObject>")).hasSize(1);
    assertThat(custom.leftOut()).containsExactly("Lead.Demo_Requested__c");
  }

  @Test
  void onlyStandardFieldsNeedNoDescribe() {
    server.stub(":queryAll>", "queryall-changes.xml");
    server.stub(":queryMore>", "querymore-changes-last.xml");

    new SalesforceChangeFeed("sf", server.session(), 2000).poll("Lead", null, Set.of("Email", "Emial"));

    assertThat(server.soapRequests(":describeSObject>")).isEmpty();
    assertThat(server.soapRequests(":queryAll>").get(0).getBodyAsString()).contains("Email, Emial FROM Lead");
  }

  @Test
  void aCursorThatIsNotOursIsRefusedWithHowToRecover() {
    SalesforceChangeFeed feed = new SalesforceChangeFeed("sf", server.session(), 2000);

    assertThatThrownBy(() -> feed.poll("Lead", "after=12345", Set.of("Email")))
        .hasMessageContaining("reset it");
  }
}
