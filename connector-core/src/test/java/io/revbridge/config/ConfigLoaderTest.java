package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.MINIMAL;
import static io.revbridge.config.ConfigTesting.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsAreAppliedToEverythingLeftOut() {
    RevbridgeConfig config = load(MINIMAL, dir);

    assertThat(config.store()).isEqualTo(new StoreConfig("jdbc:h2:file:./data/revbridge", Optional.empty(), Optional.empty()));
    assertThat(config.server().port()).isEqualTo(8080);
    assertThat(config.sync()).isEqualTo(new SyncConfig(60, 100));
    assertThat(config.mappings()).isEmpty();
    assertThat(config.playbook()).isEmpty();
    ConnectionConfig hubspot = config.connections().get(0);
    assertThat(hubspot.objects()).containsExactly("contacts");
    assertThat(hubspot.baseUrl()).as("empty means the real service, which the adapter knows").isEmpty();
    assertThat(hubspot.clientSecret()).isEmpty();
    assertThat(hubspot.options()).isEmpty();
  }

  @Test
  void theLeaseAndTheAdminTokenAreReadFromTheFileAndTheEnvironment() {
    RevbridgeConfig config = ConfigLoader.fromYaml("""
        sync:
          leaseSeconds: 30
        admin:
          token: ${ADMIN_TOKEN}
          viewerToken: ${VIEWER_TOKEN}
        connections:
          - name: main
            crm: hubspot
            accessToken: ${T}
        """, "revbridge.yaml", dir, java.util.Map.of("ADMIN_TOKEN", "s3cret", "VIEWER_TOKEN", "l00k", "T", "t"));

    assertThat(config.sync().lease()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(config.server().adminToken()).get().extracting(io.revbridge.spi.Secret::reveal).isEqualTo("s3cret");
    assertThat(config.server().viewerToken()).get().extracting(io.revbridge.spi.Secret::reveal).isEqualTo("l00k");
  }

  @Test
  void salesforceConnectionsDefaultToLeads() {
    RevbridgeConfig config = load("""
        connections:
          - name: sf
            crm: salesforce
        """, dir);

    assertThat(config.connections().get(0).objects()).containsExactly("Lead");
    assertThat(config.connections().get(0).accessToken()).isEmpty();
  }

  @Test
  void everyKeyIsReadIntoTheConfig() throws IOException {
    Files.createDirectories(dir.resolve("conf/mappings"));
    Files.createDirectories(dir.resolve("playbook"));
    RevbridgeConfig config = load("""
        store:
          url: jdbc:postgresql://db:5432/revbridge
          user: revbridge
          password: ${DB_PASSWORD}
        server:
          port: 9090
        sync:
          pollIntervalSeconds: 30
          batchSize: 50
        connections:
          - name: hubspot-eu
            crm: hubspot
            baseUrl: http://127.0.0.1:8089
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
            clientSecret: ${HUBSPOT_CLIENT_SECRET}
            objects: [contacts, deals]
            options:
              portalId: "12345"
              region: eu
        mappings: conf/mappings
        playbook: ./conf/../playbook
        """, dir, Map.of("DB_PASSWORD", "pw", "HUBSPOT_ACCESS_TOKEN", "tok", "HUBSPOT_CLIENT_SECRET", "cs"));

    assertThat(config.store()).isEqualTo(new StoreConfig(
        "jdbc:postgresql://db:5432/revbridge", Optional.of("revbridge"), Optional.of(Secret.of("pw"))));
    assertThat(config.server().port()).isEqualTo(9090);
    assertThat(config.sync().pollInterval()).hasSeconds(30);
    assertThat(config.sync().batchSize()).isEqualTo(50);
    assertThat(config.mappings()).contains(dir.toAbsolutePath().resolve("conf/mappings"));
    assertThat(config.playbook()).contains(dir.toAbsolutePath().resolve("playbook"));
    assertThat(config.source()).isEqualTo(dir.toAbsolutePath().resolve("revbridge.yaml"));
    assertThat(config.connection("hubspot-eu").map(ConnectionConfig::toSettings)).contains(new ConnectionSettings(
        "hubspot-eu",
        "hubspot",
        Optional.of("http://127.0.0.1:8089"),
        Optional.of(Secret.of("tok")),
        Optional.of(Secret.of("cs")),
        List.of("contacts", "deals"),
        Map.of("portalId", "12345", "region", "eu")));
    assertThat(config.connection("nope")).isEmpty();
  }

  @Test
  void variableDefaultsApplyWhenTheVariableIsUnsetOrEmpty() {
    String yaml = """
        server:
          port: ${PORT:-8181}
        sync:
          batchSize: ${BATCH:-25}
        connections:
          - name: ${CONNECTION_NAME:-hubspot}
            crm: hubspot
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
            baseUrl: http://${SANDBOX_HOST:-127.0.0.1}:8089/api
        """;

    RevbridgeConfig defaults = load(yaml, dir, Map.of("HUBSPOT_ACCESS_TOKEN", "t", "BATCH", ""));
    assertThat(defaults.server().port()).isEqualTo(8181);
    assertThat(defaults.sync().batchSize()).isEqualTo(25);
    assertThat(defaults.connections().get(0).name()).isEqualTo("hubspot");
    assertThat(defaults.connections().get(0).baseUrl()).contains("http://127.0.0.1:8089/api");

    RevbridgeConfig set = load(yaml, dir, Map.of("HUBSPOT_ACCESS_TOKEN", "t", "PORT", "9000", "SANDBOX_HOST", "sandbox"));
    assertThat(set.server().port()).isEqualTo(9000);
    assertThat(set.connections().get(0).baseUrl()).contains("http://sandbox:8089/api");
  }

  @Test
  void aDoubledDollarWritesALiteralReference() {
    RevbridgeConfig config = load(MINIMAL + "    options:\n      template: \"$${name}\"\n", dir);

    assertThat(config.connections().get(0).options()).containsEntry("template", "${name}");
  }

  @Test
  void connectionsCanShareKeysThroughYamlAnchors() {
    RevbridgeConfig config = load("""
        connections:
          - &hubspot
            name: eu
            crm: hubspot
            accessToken: ${HUBSPOT_ACCESS_TOKEN}
          - <<: *hubspot
            name: us
        """, dir);

    assertThat(config.connections()).extracting(ConnectionConfig::name).containsExactly("eu", "us");
    assertThat(config.connection("us").orElseThrow().crm()).isEqualTo("hubspot");
  }

  @Test
  void aFileOnDiskResolvesFoldersAgainstItsOwnFolder() throws IOException {
    Path confDir = Files.createDirectories(dir.resolve("etc"));
    Files.createDirectories(confDir.resolve("mappings"));
    Path file = Files.writeString(confDir.resolve("revbridge.yaml"), MINIMAL + "mappings: mappings\n");

    RevbridgeConfig config = ConfigLoader.load(file, ConfigTesting.ENV);

    assertThat(config.mappings()).contains(confDir.toAbsolutePath().resolve("mappings"));
    assertThat(config.source()).isEqualTo(file.toAbsolutePath());
  }

  @Test
  void aByteOrderMarkAtTheStartIsIgnored() throws IOException {
    Path file = Files.writeString(dir.resolve("revbridge.yaml"), "\uFEFF" + MINIMAL);

    assertThat(ConfigLoader.load(file, ConfigTesting.ENV).connections()).hasSize(1);
  }
}
