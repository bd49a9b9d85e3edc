package io.revbridge.salesforce.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Owner;
import io.revbridge.spi.CrmRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceRecordReaderTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readByIdFollowsQueryMoreAndFlattensParentFields() {
    server.stub(":query>", "query-page1.xml");
    server.stub(":queryMore>", "querymore-last.xml");
    SalesforceRecordReader reader = new SalesforceRecordReader("sf", server.session());

    List<CrmRecord> records = reader.read("Lead", List.of("00Q5g00000AbCdEAAV", "00Q5g00000AbCdGAAV"),
        Set.of("Email", "Owner.Email"));

    assertThat(records).extracting(r -> r.ref().id()).containsExactly("00Q5g00000AbCdEAAV", "00Q5g00000AbCdGAAV");
    assertThat(records.get(0).fields()).containsEntry("Owner.Email", "owner@example.com")
        .containsEntry("IsConverted", "false").doesNotContainKey("Score__c");
    assertThat(records.get(1).field("Score__c")).isEqualTo("42.0");
    assertThat(server.soapRequests(":query>").get(0).getBodyAsString())
        .contains("SELECT Id, SystemModstamp, Email, Owner.Email FROM Lead WHERE Id IN "
            + "('00Q5g00000AbCdEAAV', '00Q5g00000AbCdGAAV')");
  }

  @Test
  void fourHundredAndOneIdsAreReadInThreeQueriesAndNonIdsAreNeverSent() {
    server.stub(":query>", "query-users.xml");
    SalesforceRecordReader reader = new SalesforceRecordReader("sf", server.session());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 401; i++) {
      ids.add(String.format("00Q5g00000A%04dAAV", i));
    }
    ids.add("1' OR Name != '");

    reader.read("Lead", ids, Set.of("Email"));

    assertThat(server.soapRequests(":query>")).hasSize(3)
        .allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain("OR Name"));
  }

  @Test
  void ownersAreTheActiveStandardUsers() {
    server.stub(":query>", "query-users.xml");
    SalesforceOwnerDirectory directory = new SalesforceOwnerDirectory("sf", server.session());

    List<Owner> owners = directory.owners();

    assertThat(owners).extracting(Owner::id, Owner::email, Owner::displayName, Owner::active).containsExactly(
        org.assertj.core.groups.Tuple.tuple("0055g00000OwnerAAA", "grace@example.com", "Grace Hopper", true),
        org.assertj.core.groups.Tuple.tuple("0055g00000OwnerBBB", "alan@example.com", "Turing", true));
    assertThat(server.soapRequests(":query>").get(0).getBodyAsString())
        .contains("WHERE IsActive = true AND UserType = 'Standard'");
  }

  @Test
  void aboveTheUsageShareTheRosterAlreadyReadIsReusedInsteadOfReadAgain() {
    server.wm.stubFor(SalesforceTestServer.soapCall(":query>").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/xml;charset=UTF-8")
        .withBody(SalesforceTestServer.withUsage("query-users.xml", 90_000, 100_000))));
    SalesforceOwnerDirectory directory = new SalesforceOwnerDirectory("sf",
        server.session(Map.of("apiUsageStopPercent", "80")));

    List<Owner> first = directory.owners();
    List<Owner> second = directory.owners();

    assertThat(second).isEqualTo(first).hasSize(2);
    assertThat(server.soapRequests(":query>")).hasSize(1);
  }
}
