package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run` receiving Salesforce outbound messages: verified by org, deduplicated, acknowledged, re-scored. */
class SalesforceOutboundMessageIT {
  private static final String SECRET_VAR = "SF_TEST_CLIENT_SECRET";
  private static final String PATH = "/webhooks/salesforce/sf";

  @TempDir Path folder;
  private SalesforceSandbox sandbox;
  private RunCommand.Service service;
  private final HttpClient http = HttpClient.newHttpClient();
  private String base;

  @BeforeEach
  void start() throws Exception {
    sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(40));
    Path config = Files.writeString(folder.resolve("revbridge.yaml"), String.join("\n",
        "store:",
        "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
        "sync:",
        "  pollIntervalSeconds: 3600",
        "connections:",
        "  - name: sf",
        "    crm: salesforce",
        "    loginUrl: " + sandbox.baseUrl(),
        "    organizationId: " + sandbox.organizationId(),
        "    auth:",
        "      flow: client-credentials",
        "      clientId: " + SalesforceSandbox.CLIENT_ID,
        "      clientSecret: ${" + SECRET_VAR + "}",
        "    objects: [Lead]",
        ""));
    Revbridge rb = Revbridge.assemble(ConfigLoader.load(config, Map.of(SECRET_VAR, SalesforceSandbox.CLIENT_SECRET)),
        line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    base = "http://127.0.0.1:" + service.port();
    await().atMost(Duration.ofSeconds(60)).until(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/ready"))
        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
  }

  @AfterEach
  void stop() {
    service.close();
    sandbox.close();
  }

  @Test
  void metricsShowTheApiUsageSalesforceReported() throws Exception {
    long used = sandbox.apiRequestsUsedToday();

    String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    assertThat(metrics).containsPattern("revbridge_api_daily_limit\\{connection=\"sf\"\\} 100000\\.0")
        .containsPattern("revbridge_api_requests_used\\{connection=\"sf\"\\} (\\d+)\\.0")
        .contains("revbridge_api_throttled{connection=\"sf\"} 0.0");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("revbridge_api_requests_used\\{connection=\"sf\"\\} (\\d+)")
        .matcher(metrics);
    assertThat(m.find()).isTrue();
    assertThat(Long.parseLong(m.group(1))).isPositive().isLessThanOrEqualTo(used);
  }

  @Test
  void leadEditedInSalesforceIsSentAsAnOutboundMessageAcknowledgedAndReScored() {
    Map<String, String> lead = sandbox.records("Lead").stream()
        .filter(l -> !l.get("Revbridge_Score_Reasons__c").contains("Contact quality 25/25")).findFirst().orElseThrow();
    sandbox.sendOutboundMessagesTo(base + PATH, java.util.Set.of("Lead"));

    sandbox.edit("Lead", lead.get("Id"), Map.of("Title", "Chief Executive Officer", "Phone", "+1 555 0100"));

    assertThat(sandbox.outboundMessages()).singleElement().satisfies(d -> {
      assertThat(d.recordId()).isEqualTo(lead.get("Id"));
      assertThat(d.acked()).as("status " + d.status()).isTrue();
    });
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        sandbox.records("Lead").stream().filter(l -> l.get("Id").equals(lead.get("Id"))).findFirst().orElseThrow()
            .get("Revbridge_Score_Reasons__c")).contains("Contact quality 25/25"));
  }

  @Test
  void redeliveredNotificationIsAcknowledgedAgainSoSalesforceStopsRetrying() throws Exception {
    String lead = sandbox.records("Lead").get(0).get("Id");
    String body = notification(sandbox.organizationId(), "04l000000000002AAA", lead);

    assertThat(post(body).statusCode()).isEqualTo(200);
    assertThat(post(body).body()).contains("<Ack>true</Ack>");
  }

  @Test
  void notificationFromAnotherOrgGetsASoapFaultAndNothingIsStored() throws Exception {
    HttpResponse<String> response = post(notification("00D999999999999AAA", "04l000000000003AAA",
        sandbox.records("Lead").get(0).get("Id")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<soapenv:Fault>").contains("00D999999999999AAA");
  }

  @Test
  void malformedXmlGetsAClientSoapFault() throws Exception {
    HttpResponse<String> response = post("<soapenv:Envelope><notifications>");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<faultcode>soapenv:Client</faultcode>");
  }

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + PATH)).header("Content-Type", "text/xml; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String notification(String org, String notificationId, String leadId) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
        + "<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\">"
        + "<OrganizationId>" + org + "</OrganizationId><ActionId>04k000000000001AAA</ActionId>"
        + "<SessionId xsi:nil=\"true\"/><EnterpriseUrl>http://127.0.0.1/services/Soap/c/65.0</EnterpriseUrl>"
        + "<PartnerUrl>http://127.0.0.1/services/Soap/u/65.0</PartnerUrl>"
        + "<Notification><Id>" + notificationId + "</Id>"
        + "<sObject xsi:type=\"sf:Lead\" xmlns:sf=\"urn:sobject.enterprise.soap.sforce.com\">"
        + "<sf:Id>" + leadId + "</sf:Id></sObject></Notification>"
        + "</notifications></soapenv:Body></soapenv:Envelope>";
  }
}
