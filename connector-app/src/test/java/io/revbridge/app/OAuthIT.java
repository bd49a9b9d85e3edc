package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OAuth connection against the sandbox's token endpoint, with a refresh token rotated on every grant. */
class OAuthIT {
  static final String REFRESH = "sandbox-refresh-initial";
  static final String APP_SECRET = "sandbox-app-secret";

  @TempDir Path folder;

  @Test
  void syncRunsOnOAuthTokensAndTheRotatedRefreshTokenSurvivesARestart() throws Exception {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(50))) {
      sandbox.enableOAuth("app-42", APP_SECRET, REFRESH, Duration.ofMinutes(30), true);
      Path tokenFile = folder.resolve("tokens").resolve("main-oauth.json");
      Path config = folder.resolve("revbridge.yaml");
      Files.writeString(config, String.join("\n",
          "store:",
          "  url: jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'),
          "connections:",
          "  - name: main",
          "    crm: hubspot",
          "    baseUrl: " + sandbox.baseUrl(),
          "    oauth:",
          "      clientId: app-42",
          "      clientSecret: ${HS_APP_SECRET}",
          "      refreshToken: ${HS_REFRESH}",
          "    options:",
          "      oauthTokenFile: " + tokenFile.toString().replace('\\', '/'),
          ""));
      Map<String, String> env = Map.of("HS_APP_SECRET", APP_SECRET, "HS_REFRESH", REFRESH);

      Cli first = Cli.run(env, "sync", "--once", "--config", config.toString());
      Cli second = Cli.run(env, "sync", "--once", "--config", config.toString());

      assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
      assertThat(first.lastLine()).startsWith("sync ok: 50 read, 50 scored, 50 records written");
      assertThat(second.exitCode()).as("the configured refresh token is spent; the saved one must be used: "
          + second.out() + second.err()).isZero();
      assertThat(sandbox.oauth().grants()).isEqualTo(2);
      assertThat(Files.readString(tokenFile)).contains(sandbox.oauth().refreshToken()).doesNotContain(REFRESH);
      assertThat(first.out() + first.err() + second.out() + second.err())
          .doesNotContain(REFRESH).doesNotContain(APP_SECRET).doesNotContain("sandbox-oauth-");
    }
  }
}
