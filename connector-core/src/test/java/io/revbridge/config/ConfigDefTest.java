package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigDefTest {
  @Test
  void everyDeclaredKeyIsDocumented() {
    assertThat(RevbridgeKeys.DEF.keys()).allSatisfy(k -> assertThat(k.doc()).as(k.path()).isNotBlank());
  }

  @Test
  void secretKeysAreExactlyTheCredentials() {
    assertThat(RevbridgeKeys.DEF.keys().stream().filter(ConfigKey::secret).map(ConfigKey::path))
        .containsExactlyInAnyOrder("store.password", "admin.token", "admin.viewerToken", "connections[].accessToken", "connections[].clientSecret",
            "connections[].auth.clientSecret", "connections[].oauth.refreshToken", "connections[].oauth.clientSecret",
            "enrichment.providers[].apiKey",
            "notifications.slackWebhookUrl", "notifications.webhookUrl", "notifications.sms.authToken"); // the URLs carry a token
  }

  @Test
  void aKeyCannotBeDeclaredTwice() {
    ConfigDef def = new ConfigDef().define("port", ConfigType.INT).doc("a port");

    assertThatThrownBy(() -> def.define("port", ConfigType.INT).doc("again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("port");
  }

  @Test
  void aKeyNeedsItsSectionDeclaredFirst() {
    assertThatThrownBy(() -> new ConfigDef().define("server.port", ConfigType.INT).doc("a port"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("server");
  }
}
