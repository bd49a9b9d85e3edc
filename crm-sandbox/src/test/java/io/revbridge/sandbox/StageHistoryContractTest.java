package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The stage history of deals on the wire: HubSpot's batch read with {@code propertiesWithHistory: ["dealstage"]}
 * (versions newest first, at most 50 inputs) and Salesforce's OpportunityHistory rows, for deals changed through the
 * API and for the seeded closed history, whose every deal closed from an open stage it entered before the close.
 */
class StageHistoryContractTest {
  private static final Instant START = Instant.parse("2026-06-15T09:30:00Z");

  private static String historyRead(List<String> ids) {
    return "{\"inputs\":[" + ids.stream().map(id -> "{\"id\":\"" + id + "\"}").collect(Collectors.joining(","))
        + "],\"properties\":[\"dealstage\"],\"propertiesWithHistory\":[\"dealstage\"]}";
  }

  @Test
  void hubSpotListsEveryDealStageAValueWasSetToNewestFirstWithItsTimeAndSource() {
    FakeClock clock = new FakeClock(START);
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(20)
        .withClock(clock))) {
      SandboxHttp http = new SandboxHttp(sandbox);
      SandboxRecord deal = sandbox.records("deals").stream().filter(d -> !"contractsent".equals(d.get("dealstage"))
          && !d.get("dealstage").startsWith("closed")).findFirst().orElseThrow();
      clock.advance(Duration.ofDays(3));
      assertThat(http.patch("/crm/v3/objects/deals/" + deal.id(),
          "{\"properties\":{\"dealstage\":\"contractsent\"}}").status()).isEqualTo(200);
      clock.advance(Duration.ofDays(2));
      sandbox.edit("deals", deal.id(), Map.of("dealstage", "closedwon"));

      SandboxHttp.Resp r = http.post("/crm/v3/objects/deals/batch/read", historyRead(List.of(deal.id())));

      assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
      JsonNode versions = r.body().at("/results/0/propertiesWithHistory/dealstage");
      assertThat(versions).extracting(v -> v.get("value").asText())
          .containsExactly("closedwon", "contractsent", deal.get("dealstage"));
      assertThat(versions).extracting(v -> v.get("sourceType").asText()).containsExactly("CRM_UI", "API", "CRM_UI");
      assertThat(versions.get(0).get("timestamp").asText()).isEqualTo(START.plus(Duration.ofDays(5)).toString()
          .replace("Z", ".000Z"));
      assertThat(versions.get(2).get("timestamp").asText()).isEqualTo(r.body().at("/results/0/createdAt").asText());
      assertThat(r.body().at("/results/0/properties/dealstage").asText()).isEqualTo("closedwon");
    }
  }

  @Test
  void hubSpotRefusesMoreThanFiftyInputsWhenHistoriesAreAskedForButNotWithout() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(0))) {
      SandboxHttp http = new SandboxHttp(sandbox);
      List<String> ids = IntStream.range(0, 51).mapToObj(i -> Integer.toString(5000 + i)).toList();

      SandboxHttp.Resp withHistory = http.post("/crm/v3/objects/deals/batch/read", historyRead(ids));
      SandboxHttp.Resp plain = http.post("/crm/v3/objects/deals/batch/read", historyRead(ids)
          .replace(",\"propertiesWithHistory\":[\"dealstage\"]", ""));

      assertThat(withHistory.status()).isEqualTo(400);
      assertThat(withHistory.body().get("category").asText()).isEqualTo("VALIDATION_ERROR");
      assertThat(withHistory.body().get("message").asText())
          .contains("maximum number of inputs supported in a batch request for property histories is 50");
      assertThat(plain.status()).isEqualTo(207);
    }
  }

  @Test
  void hubSpotHistoryDealsEnteredTheirOpenStagesBeforeTheyClosed() {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(
        SandboxOptions.defaults().unlimited().withContacts(0).withClock(new FakeClock(START)))) {
      sandbox.seedHistory(HistoryOptions.of(0, 40, HistoryTruth.SIGNAL));
      List<SandboxRecord> deals = sandbox.records("deals").stream().filter(d -> d.get("dealname").startsWith("History"))
          .toList();
      SandboxHttp http = new SandboxHttp(sandbox);

      SandboxHttp.Resp r = http.post("/crm/v3/objects/deals/batch/read",
          historyRead(deals.stream().map(SandboxRecord::id).toList()));

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body().get("results")).hasSize(40).allSatisfy(result -> {
        List<JsonNode> versions = new ArrayList<>();
        result.at("/propertiesWithHistory/dealstage").forEach(versions::add);
        assertThat(versions).hasSizeBetween(2, 5);
        assertThat(versions.get(0).get("value").asText()).isEqualTo(result.at("/properties/dealstage").asText())
            .startsWith("closed");
        assertThat(versions.get(0).get("timestamp").asText()).isEqualTo(result.get("updatedAt").asText());
        assertThat(versions.subList(1, versions.size())).allSatisfy(v -> assertThat(v.get("value").asText())
            .isIn("appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin",
                "contractsent"));
        assertThat(versions).extracting(v -> Instant.parse(v.get("timestamp").asText()))
            .isSortedAccordingTo(java.util.Comparator.reverseOrder()).doesNotHaveDuplicates();
        assertThat(versions.get(versions.size() - 1).get("timestamp").asText())
            .as("the first stage was entered when the deal was created").isEqualTo(result.get("createdAt").asText());
      });
    }
  }

  @Test
  void salesforceAnswersSoqlOnOpportunityHistoryWithARowPerStageChangeInOrder() throws Exception {
    try (SalesforceSandbox sandbox = SalesforceSandbox.start(
        SandboxOptions.defaults().withContacts(40).withClock(new FakeClock(START)))) {
      sandbox.seedHistory(HistoryOptions.of(0, 5, HistoryTruth.SIGNAL));
      Map<String, String> open = sandbox.records("Opportunity").stream()
          .filter(o -> !o.get("StageName").startsWith("Closed")).findFirst().orElseThrow();
      Map<String, String> closed = sandbox.records("Opportunity").stream()
          .filter(o -> o.get("Name").startsWith("History")).findFirst().orElseThrow();
      String session = session(sandbox);
      soap(sandbox, session, "<m:update><m:sObjects><sobj:type>Opportunity</sobj:type><sobj:Id>" + open.get("Id")
          + "</sobj:Id><sobj:StageName>Closed Lost</sobj:StageName></m:sObjects></m:update>");

      HttpResponse<String> r = soap(sandbox, session, "<m:query><m:queryString>SELECT OpportunityId, StageName,"
          + " CreatedDate FROM OpportunityHistory WHERE OpportunityId IN ('" + open.get("Id") + "', '"
          + closed.get("Id") + "') ORDER BY OpportunityId, CreatedDate</m:queryString></m:query>");

      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      List<String[]> rows = rows(r.body());
      assertThat(rows).extracting(row -> row[0]).isSorted();
      List<String[]> ofOpen = rows.stream().filter(row -> row[0].equals(open.get("Id"))).toList();
      assertThat(ofOpen).extracting(row -> row[1]).containsExactly(open.get("StageName"), "Closed Lost");
      assertThat(ofOpen.get(0)[2]).isEqualTo(open.get("LastStageChangeDate"));
      List<String[]> ofClosed = rows.stream().filter(row -> row[0].equals(closed.get("Id"))).toList();
      assertThat(ofClosed).hasSizeBetween(2, 5).extracting(row -> row[2]).isSorted().doesNotHaveDuplicates();
      assertThat(ofClosed.get(ofClosed.size() - 1)[1]).isEqualTo(closed.get("StageName"));
      assertThat(ofClosed.get(ofClosed.size() - 1)[2]).isEqualTo(closed.get("LastStageChangeDate"));
      assertThat(ofClosed.subList(0, ofClosed.size() - 1)).extracting(row -> row[1]).allSatisfy(s -> assertThat(s)
          .isIn("Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review"));
      assertThat(ofClosed.get(0)[2]).as("the first stage was entered when it was created")
          .isEqualTo(closed.get("CreatedDate"));
    }
  }

  /** OpportunityId, StageName and CreatedDate of each row, in answer order. */
  private static List<String[]> rows(String xml) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = Pattern.compile("<sf:OpportunityId>([^<]+)</sf:OpportunityId><sf:StageName>([^<]+)</sf:StageName>"
        + "<sf:CreatedDate>([^<]+)</sf:CreatedDate>").matcher(xml);
    while (m.find()) {
      rows.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    return rows;
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String session(SalesforceSandbox sandbox) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=client_credentials&client_id=" + SalesforceSandbox.CLIENT_ID + "&client_secret="
                + SalesforceSandbox.CLIENT_SECRET)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  private static HttpResponse<String> soap(SalesforceSandbox sandbox, String session, String operation)
      throws Exception {
    String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope"
        + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:m=\"urn:partner.soap.sforce.com\""
        + " xmlns:sobj=\"urn:sobject.partner.soap.sforce.com\"><env:Header><SessionHeader"
        + " xmlns=\"urn:partner.soap.sforce.com\"><sessionId>" + session + "</sessionId></SessionHeader></env:Header>"
        + "<env:Body>" + operation + "</env:Body></env:Envelope>";
    return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/services/Soap/u/65.0"))
        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
