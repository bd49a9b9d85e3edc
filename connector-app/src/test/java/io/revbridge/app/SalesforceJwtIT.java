package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JWT bearer flow end to end: the adapter's RS256 assertion checked by the sandbox against the app's key. */
class SalesforceJwtIT {
  @TempDir Path folder;
  private SalesforceSandbox sandbox;
  private KeyPair app;

  @BeforeEach
  void start() throws Exception {
    sandbox = SalesforceSandbox.start(SandboxOptions.defaults().withContacts(10));
    app = rsa();
    sandbox.trustJwtKey(app.getPublic());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void checkPassesWithTheKeyWhoseCertificateTheAppHolds() throws Exception {
    Cli cli = Cli.run(Map.of(), "check", "--config", config(app).toString());

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("OAuth token", "read Lead", "API usage");
  }

  @Test
  void anotherKeyIsRefusedWithSalesforcesErrorAndTheUsualCauses() throws Exception {
    Cli cli = Cli.run(Map.of(), "check", "--config", config(rsa()).toString());

    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.out() + cli.err()).contains("invalid_grant").contains("invalid assertion")
        .doesNotContain("BEGIN PRIVATE KEY");
    assertThat(sandbox.apiRequests()).isZero();
  }

  private Path config(KeyPair keys) throws Exception {
    String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(keys.getPrivate().getEncoded());
    Path key = Files.writeString(folder.resolve("sf.key"),
        "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
    return Files.writeString(folder.resolve("revbridge.yaml"), String.join("\n",
        "store:",
        "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
        "connections:",
        "  - name: sf",
        "    crm: salesforce",
        "    loginUrl: " + sandbox.baseUrl(),
        "    organizationId: " + sandbox.organizationId(),
        "    auth:",
        "      flow: jwt",
        "      clientId: " + SalesforceSandbox.CLIENT_ID,
        "      username: integration@sandbox.example.com",
        "      privateKeyFile: " + key.toAbsolutePath(),
        "    objects: [Lead]",
        ""));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }
}
