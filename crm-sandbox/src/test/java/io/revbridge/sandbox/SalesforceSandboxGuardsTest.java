package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Salesforce fake's guards: the daily API allocation and JWT signatures. */
class SalesforceSandboxGuardsTest {
  private final SalesforceSandbox sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(5));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void everyCallCountsInTheLimitInfoAndCallsBeyondTheDailyLimitGetRequestLimitExceeded() throws Exception {
    sandbox.setDailyApiLimit(3);
    String session = clientCredentialsSession();

    HttpResponse<String> first = getUserInfo(session);
    getUserInfo(session);
    HttpResponse<String> third = getUserInfo(session);
    HttpResponse<String> fourth = getUserInfo(session);

    assertThat(first.body()).contains("<current>1</current><limit>3</limit><type>API REQUESTS</type>");
    assertThat(third.body()).contains("<current>3</current><limit>3</limit>");
    assertThat(fourth.statusCode()).isEqualTo(500);
    assertThat(fourth.body()).contains("<faultcode>sf:REQUEST_LIMIT_EXCEEDED</faultcode>",
        "<sf:exceptionCode>REQUEST_LIMIT_EXCEEDED</sf:exceptionCode>", "TotalRequests Limit exceeded.");
    assertThat(sandbox.apiRequestsUsedToday()).isEqualTo(3);
  }

  @Test
  void usageSetByOtherIntegrationsShowsInTheNextLimitInfo() throws Exception {
    sandbox.setApiRequestsUsed(85_000);

    assertThat(getUserInfo(clientCredentialsSession()).body())
        .contains("<current>85001</current><limit>100000</limit>");
  }

  @Test
  void jwtAssertionSignedByTheTrustedKeyGetsAToken() throws Exception {
    KeyPair app = rsa();
    sandbox.trustJwtKey(app.getPublic());

    HttpResponse<String> r = jwtToken(assertion(app.getPrivate()));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"access_token\":", "\"instance_url\":\"" + sandbox.baseUrl() + "\"");
  }

  @Test
  void jwtAssertionSignedByAnotherKeyGetsSalesforcesInvalidGrant() throws Exception {
    sandbox.trustJwtKey(rsa().getPublic());

    HttpResponse<String> r = jwtToken(assertion(rsa().getPrivate()));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo("{\"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}");
  }

  @Test
  void unsignedAssertionIsRefusedOnceAKeyIsTrusted() throws Exception {
    sandbox.trustJwtKey(rsa().getPublic());
    String header = b64("{\"alg\":\"none\"}");
    String claims = b64(claims());

    assertThat(jwtToken(header + "." + claims + ".").body()).contains("invalid_grant");
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static String claims() {
    return "{\"iss\":\"" + SalesforceSandbox.CLIENT_ID + "\",\"sub\":\"integration@sandbox.example.com\","
        + "\"aud\":\"https://login.salesforce.com\",\"exp\":" + (System.currentTimeMillis() / 1000 + 180) + "}";
  }

  private static String assertion(PrivateKey key) throws Exception {
    String signed = b64("{\"alg\":\"RS256\"}") + "." + b64(claims());
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
    return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> jwtToken(String assertion) throws Exception {
    return token("grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
        + "&assertion=" + assertion);
  }

  private String clientCredentialsSession() throws Exception {
    HttpResponse<String> r = token("grant_type=client_credentials&client_id=" + SalesforceSandbox.CLIENT_ID
        + "&client_secret=" + SalesforceSandbox.CLIENT_SECRET);
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> token(String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getUserInfo(String session) throws Exception {
    String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope"
        + " xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:m=\"urn:partner.soap.sforce.com\">"
        + "<env:Header><SessionHeader xmlns=\"urn:partner.soap.sforce.com\"><sessionId>" + session
        + "</sessionId></SessionHeader></env:Header><env:Body><m:getUserInfo/></env:Body></env:Envelope>";
    return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/services/Soap/u/65.0"))
        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
