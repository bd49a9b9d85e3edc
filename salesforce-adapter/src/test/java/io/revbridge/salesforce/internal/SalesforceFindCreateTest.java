package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.RecordCreate;
import io.revbridge.spi.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Looking records up by a field and creating them: what the marketing → sales hand-off needs of Salesforce. */
class SalesforceFindCreateTest {
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void findAsksForTheValuesQuotedInOneInClauseAndReturnsTheRows() {
    server.stub(":describeSObject>", "describe-lead.xml");
    server.stub(":query>", "query-page1.xml");
    server.stub(":queryMore>", "querymore-last.xml");
    SalesforceRecordReader reader = new SalesforceRecordReader("sf", server.session());

    List<CrmRecord> found = reader.find("Lead", "Email", List.of("ada@example.com", "o'hara@example.com",
        "ada@example.com", " "), Set.of("Email"));

    assertThat(found).isNotEmpty();
    assertThat(found.get(0).field("Email")).isEqualTo("ada@example.com");
    String soql = server.soapRequests(":query>").get(0).getBodyAsString();
    assertThat(soql).contains("FROM Lead WHERE Email IN ('ada@example.com', 'o\\'hara@example.com')");
  }

  @Test
  void createSendsOneCreateCallWithTheValuesAndLeavesEmptyOnesOut() {
    server.stub(":create>", "create-ok.xml");
    SalesforceRecordWriter writer = new SalesforceRecordWriter("sf", server.session());

    List<WriteResult> results = writer.create("Lead", List.of(new RecordCreate("h1", Map.of("LastName", "Lovelace",
        "Company", "Analytical Engines", "Status", "Open - Not Contacted", "Title", ""))));

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.succeeded()).isTrue();
      assertThat(r.idempotencyKey()).isEqualTo("h1");
      assertThat(r.ref().orElseThrow().id()).isEqualTo("00T5g00000XyZaBEAV");
      assertThat(r.ref().orElseThrow().objectType()).isEqualTo("Lead");
    });
    String body = server.soapRequests(":create>").get(0).getBodyAsString();
    assertThat(body).contains("<sobj:type xsi:type=\"xsd:string\">Lead</sobj:type>")
        .contains(">Lovelace</sobj:LastName>").doesNotContain("Title");
    assertThat(server.soapRequests(":create>")).hasSize(1);
  }
}
