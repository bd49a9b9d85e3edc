package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Salesforce fake on the wire: token endpoint, SOQL subset, paging, saves with per-record errors. */
class SalesforceSandboxTest {
  private final SalesforceSandbox sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(30));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void wrongClientSecretGetsInvalidClient() throws Exception {
    HttpResponse<String> r = token("grant_type=client_credentials&client_id=" + SalesforceSandbox.CLIENT_ID
        + "&client_secret=nope");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"error\":\"invalid_client\"");
  }

  @Test
  void callsWithoutAValidSessionGetInvalidSessionId() throws Exception {
    HttpResponse<String> r = soap("not-a-token", "<m:getUserInfo/>");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("<faultcode>sf:INVALID_SESSION_ID</faultcode>", "Illegal Session");
  }

  @Test
  void compoundCursorConditionReturnsOnlyRowsAfterThePairInOrder() throws Exception {
    String session = session();
    var leads = sandbox.records("Lead");
    Map<String, String> third = leads.get(2);
    String ts = third.get("SystemModstamp");

    HttpResponse<String> r = soap(session, query("SELECT Id, Email FROM Lead WHERE ((SystemModstamp = " + ts
        + " AND Id > '" + third.get("Id") + "') OR SystemModstamp > " + ts + ") ORDER BY SystemModstamp ASC, Id ASC"
        + " LIMIT 5"));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(ids(r.body())).containsExactly(leads.get(3).get("Id"), leads.get(4).get("Id"), leads.get(5).get("Id"),
        leads.get(6).get("Id"), leads.get(7).get("Id"));
    assertThat(r.body()).contains("<LimitInfoHeader>", "<size>5</size>", "<done>true</done>");
  }

  @Test
  void resultsLargerThanTheBatchSizeComeInPagesThroughQueryMore() throws Exception {
    try (SalesforceSandbox big = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(450))) {
      String session = session(big);

      HttpResponse<String> first = soap(big, session, query("SELECT Id FROM Lead ORDER BY Id ASC"), 200);
      HttpResponse<String> second = soap(big, session, "<m:queryMore><m:queryLocator>" + locator(first.body())
          + "</m:queryLocator></m:queryMore>", 200);
      HttpResponse<String> last = soap(big, session, "<m:queryMore><m:queryLocator>" + locator(second.body())
          + "</m:queryLocator></m:queryMore>", 200);

      assertThat(ids(first.body())).hasSize(200);
      assertThat(ids(second.body())).hasSize(200).doesNotContainAnyElementsOf(ids(first.body()));
      assertThat(ids(last.body())).hasSize(50);
      assertThat(last.body()).contains("<done>true</done>", "<queryLocator xsi:nil=\"true\"/>", "<size>450</size>");
    }
  }

  @Test
  void unknownFieldFailsTheQueryWithInvalidField() throws Exception {
    HttpResponse<String> r = soap(session(), query("SELECT Id, Foo__c FROM Lead"));

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("sf:INVALID_FIELD", "No such column 'Foo__c' on entity 'Lead'.");
  }

  @Test
  void deletedRecordsShowOnlyInQueryAll() throws Exception {
    String session = session();
    String id = sandbox.records("Lead").get(0).get("Id");
    sandbox.delete("Lead", id);
    String soql = "SELECT Id, IsDeleted FROM Lead WHERE Id = '" + id + "'";

    assertThat(soap(session, "<m:query><m:queryString>" + soql + "</m:queryString></m:query>").body())
        .contains("<size>0</size>");
    assertThat(soap(session, "<m:queryAll><m:queryString>" + soql + "</m:queryString></m:queryAll>").body())
        .contains("<sf:IsDeleted>true</sf:IsDeleted>");
  }

  @Test
  void updateWithAnInactiveOwnerFailsThatRecordOnly() throws Exception {
    String session = session();
    var leads = sandbox.records("Lead");
    String inactive = sandbox.records("User").stream().filter(u -> u.get("IsActive").equals("false")).findFirst()
        .orElseThrow().get("Id");

    HttpResponse<String> r = soap(session, "<m:update>"
        + sObject("Lead", leads.get(0).get("Id"), "<sobj:Revbridge_Score__c>77</sobj:Revbridge_Score__c>")
        + sObject("Lead", leads.get(1).get("Id"), "<sobj:OwnerId>" + inactive + "</sobj:OwnerId>")
        + "</m:update>");

    assertThat(r.body()).contains("<success>true</success>", "<statusCode>INVALID_CROSS_REFERENCE_KEY</statusCode>",
        "<fields>OwnerId</fields>");
    assertThat(sandbox.records("Lead").get(0).get("Revbridge_Score__c")).isEqualTo("77");
    assertThat(sandbox.records("Lead").get(1).get("OwnerId")).isNotEqualTo(inactive);
  }

  @Test
  void aLeadNeedsLastNameAndCompanyToBeCreatedAndGetsTheDefaultStatus() throws Exception {
    String session = session();
    int before = sandbox.records("Lead").size();

    HttpResponse<String> r = soap(session, "<m:create>"
        + "<m:sObjects><sobj:type>Lead</sobj:type><sobj:LastName>Lovelace</sobj:LastName></m:sObjects>"
        + "<m:sObjects><sobj:type>Lead</sobj:type><sobj:LastName>Hopper</sobj:LastName>"
        + "<sobj:Company>Navy</sobj:Company><sobj:Email>grace@navy.example</sobj:Email></m:sObjects>"
        + "</m:create>");

    assertThat(r.body()).contains("<statusCode>REQUIRED_FIELD_MISSING</statusCode>", "<fields>Company</fields>",
        "<success>true</success>");
    assertThat(sandbox.records("Lead")).hasSize(before + 1);
    Map<String, String> created = sandbox.records("Lead").get(before);
    assertThat(created).containsEntry("Status", "Open - Not Contacted").containsEntry("Email", "grace@navy.example");
    assertThat(soap(session, query("SELECT Id FROM Lead WHERE Email IN ('GRACE@navy.example')")).body())
        .contains(created.get("Id"));
  }

  @Test
  void retrieveAnswersEachIdInOrderAndNilForOnesThatDoNotExist() throws Exception {
    Map<String, String> lead = sandbox.records("Lead").get(4);

    HttpResponse<String> r = soap(session(), "<m:retrieve><m:fieldList>Email, Title</m:fieldList>"
        + "<m:sObjectType>Lead</m:sObjectType><m:ids>" + lead.get("Id") + "</m:ids>"
        + "<m:ids>00Q999999999999AAA</m:ids></m:retrieve>");

    assertThat(r.body()).contains("<result xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>" + lead.get("Id"))
        .contains("<sf:Email>" + lead.get("Email") + "</sf:Email>")
        .contains("<result xsi:nil=\"true\"/>");
  }

  @Test
  void sameSeedGivesTheSameOrg() {
    try (SalesforceSandbox again = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(30))) {
      assertThat(again.records("Lead")).isEqualTo(sandbox.records("Lead"));
    }
  }

  private String session() throws Exception {
    return session(sandbox);
  }

  private String session(SalesforceSandbox target) throws Exception {
    HttpResponse<String> r = token(target, "grant_type=client_credentials&client_id=" + SalesforceSandbox.CLIENT_ID
        + "&client_secret=" + SalesforceSandbox.CLIENT_SECRET);
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> token(String form) throws Exception {
    return token(sandbox, form);
  }

  private HttpResponse<String> token(SalesforceSandbox target, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> soap(String session, String operation) throws Exception {
    return soap(sandbox, session, operation, 0);
  }

  private HttpResponse<String> soap(SalesforceSandbox target, String session, String operation, int batchSize)
      throws Exception {
    String header = "<SessionHeader xmlns=\"urn:partner.soap.sforce.com\"><sessionId>" + session
        + "</sessionId></SessionHeader>" + (batchSize == 0 ? "" : "<QueryOptions xmlns=\"urn:partner.soap.sforce.com\">"
        + "<batchSize>" + batchSize + "</batchSize></QueryOptions>");
    String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:m=\"urn:partner.soap.sforce.com\""
        + " xmlns:sobj=\"urn:sobject.partner.soap.sforce.com\"><env:Header>" + header + "</env:Header><env:Body>"
        + operation + "</env:Body></env:Envelope>";
    return http.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/services/Soap/u/65.0"))
        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String locator(String xml) {
    Matcher m = Pattern.compile("<queryLocator>([^<]+)</queryLocator>").matcher(xml);
    assertThat(m.find()).as(xml).isTrue();
    return m.group(1);
  }

  private static String query(String soql) {
    return "<m:query><m:queryString>" + soql.replace("<", "&lt;").replace(">", "&gt;") + "</m:queryString></m:query>";
  }

  private static String sObject(String type, String id, String fields) {
    return "<m:sObjects><sobj:type>" + type + "</sobj:type><sobj:Id>" + id + "</sobj:Id>" + fields + "</m:sObjects>";
  }

  private static java.util.List<String> ids(String xml) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("<records xsi:type=\"sf:sObject\"><sf:type>[^<]+</sf:type><sf:Id>([^<]+)</sf:Id>")
        .matcher(xml);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
