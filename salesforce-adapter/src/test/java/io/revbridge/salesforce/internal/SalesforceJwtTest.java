package io.revbridge.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceJwtTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private final SalesforceTestServer server = new SalesforceTestServer().withToken();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void jwtBearerFlowSendsAnRs256AssertionSignedWithTheConfiguredKey() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    Path pem = writePem(keys);
    SalesforceOptions options = server.sfOptions(Map.of("auth.flow", "jwt", "auth.username", "integration@acme.com",
        "auth.privateKeyFile", pem.toString()));

    SalesforceToken token = new SalesforceTokenClient(options, CLOCK).fetch();

    assertThat(token.instanceUrl()).isEqualTo(server.baseUrl());
    String body = server.tokenRequests().get(0).getBodyAsString();
    assertThat(body).contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer");
    String jwt = URLDecoder.decode(body.substring(body.indexOf("assertion=") + 10), StandardCharsets.UTF_8);
    String[] parts = jwt.split("\\.");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(keys.getPublic());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).isEqualTo("{\"alg\":\"RS256\"}");
    assertThat(claims.get("iss").asText()).isEqualTo("3MVG9client");
    assertThat(claims.get("sub").asText()).isEqualTo("integration@acme.com");
    assertThat(claims.get("aud").asText()).isEqualTo(server.baseUrl());
    assertThat(claims.get("exp").asLong()).isEqualTo(CLOCK.instant().getEpochSecond() + 180);
  }

  @Test
  void audienceIsTheProductionOrSandboxLoginForSalesforceHosts() {
    assertThat(SalesforceJwt.audience("https://acme.my.salesforce.com")).isEqualTo("https://login.salesforce.com");
    assertThat(SalesforceJwt.audience("https://test.salesforce.com")).isEqualTo("https://test.salesforce.com");
    assertThat(SalesforceJwt.audience("https://acme--uat.sandbox.my.salesforce.com"))
        .isEqualTo("https://test.salesforce.com");
  }

  @Test
  void pkcs1KeyIsRefusedWithTheOpensslCommandThatConvertsIt() throws Exception {
    Path pem = Files.writeString(dir.resolve("old.key"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");

    assertThatThrownBy(() -> SalesforceJwt.readKey(pem, "sf")).hasMessageContaining("openssl pkcs8 -topk8");
  }

  private Path writePem(KeyPair keys) throws Exception {
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(keys.getPrivate().getEncoded());
    return Files.writeString(dir.resolve("sf.key"), "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
  }
}
