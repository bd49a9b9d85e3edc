package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.load;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.OAuthCredentials;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OAuthConfigTest {
  static final Map<String, String> ENV = Map.of("HS_REFRESH", "refresh-secret-1", "HS_CLIENT_SECRET", "client-secret-1");

  @TempDir Path dir;

  @Test
  void hubspotConnectionWithOAuthNeedsNoAccessToken() {
    ConnectionConfig c = load("""
        connections:
          - name: hubspot
            crm: hubspot
            oauth:
              clientId: app-123
              clientSecret: ${HS_CLIENT_SECRET}
              refreshToken: ${HS_REFRESH}
        """, dir, ENV).connections().get(0);

    assertThat(c.accessToken()).isEmpty();
    OAuthCredentials oauth = c.oauth().orElseThrow();
    assertThat(oauth.clientId()).isEqualTo("app-123");
    assertThat(oauth.refreshToken().reveal()).isEqualTo("refresh-secret-1");
    assertThat(c.toSettings().oauth()).contains(oauth);
    assertThat(c.toString()).doesNotContain("refresh-secret-1").doesNotContain("client-secret-1");
  }

  @Test
  void refreshTokenWithoutClientIdSaysToAddIt() {
    ConfigProblem problem = onlyProblem("""
        connections:
          - name: hubspot
            crm: hubspot
            oauth:
              clientSecret: ${HS_CLIENT_SECRET}
              refreshToken: ${HS_REFRESH}
        """, dir, ENV);

    assertThat(problem.key()).isEqualTo("connections[0].oauth.clientId");
    assertThat(problem.message()).isEqualTo("is required");
  }

  @Test
  void connectionWithoutOAuthHasNone() {
    assertThat(load(ConfigTesting.MINIMAL, dir).connections().get(0).oauth()).isEmpty();
  }
}
