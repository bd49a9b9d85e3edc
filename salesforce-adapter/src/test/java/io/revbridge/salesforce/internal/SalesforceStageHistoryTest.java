package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceStageHistoryTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void opportunityHistoryRowsBecomeStageChangesOldestFirstWithoutRowsThatChangedSomethingElse() {
    server.stub(":query>", "query-opportunity-history.xml");
    SalesforceStageHistory history = new SalesforceStageHistory(server.session());

    Map<String, List<StageChange>> read = history.read("Opportunity",
        List.of("0065g00000AbCdEAAV", "0065g00000AbCdGAAV"));

    assertThat(read.get("0065g00000AbCdEAAV")).containsExactly(
        new StageChange("Prospecting", Instant.parse("2025-01-02T03:04:05Z")),
        new StageChange("Negotiation/Review", Instant.parse("2025-02-10T09:00:00Z")),
        new StageChange("Closed Won", Instant.parse("2025-04-01T16:45:12Z")));
    assertThat(read.get("0065g00000AbCdGAAV")).extracting(StageChange::stage)
        .containsExactly("Qualification", "Closed Lost");
    assertThat(server.soapRequests(":query>").get(0).getBodyAsString())
        .contains("SELECT OpportunityId, StageName, CreatedDate FROM OpportunityHistory WHERE OpportunityId IN "
            + "('0065g00000AbCdEAAV', '0065g00000AbCdGAAV') ORDER BY OpportunityId, CreatedDate");
  }

  @Test
  void fourHundredAndOneOpportunitiesAreReadInThreeQueriesAndNonIdsAreNeverSent() {
    server.stub(":query>", "query-empty.xml");
    SalesforceStageHistory history = new SalesforceStageHistory(server.session());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 401; i++) {
      ids.add(String.format("0065g00000A%04dAAV", i));
    }
    ids.add("1') OR (Name != '");

    assertThat(history.read("Opportunity", ids)).isEmpty();

    assertThat(server.soapRequests(":query>")).hasSize(3)
        .allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain("OR (Name"));
  }

  @Test
  void anOrgWhoseUserCannotReadOpportunityHistoryFailsTheReadAsAConnectionProblem() {
    server.wm.stubFor(SalesforceTestServer.soapCall(":query>")
        .willReturn(SalesforceTestServer.soap(500, "fault-opportunity-history-not-supported.xml")));
    SalesforceStageHistory history = new SalesforceStageHistory(server.session());

    assertThatThrownBy(() -> history.read("Opportunity", List.of("0065g00000AbCdEAAV")))
        .isInstanceOf(ConnectionCrmException.class).hasMessageContaining("OpportunityHistory");
  }

  @Test
  void onlyOpportunitiesHaveAStageHistory() {
    SalesforceStageHistory history = new SalesforceStageHistory(server.session());

    assertThat(history.objectTypes()).containsExactly("Opportunity");
    assertThatThrownBy(() -> history.read("Lead", List.of("00Q5g00000AbCdEAAV")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
