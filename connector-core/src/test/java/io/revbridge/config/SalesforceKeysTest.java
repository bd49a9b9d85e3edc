package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceKeysTest {
  private static final Map<String, String> ENV = Map.of("SF_SECRET", "consumer-secret-value");

  @TempDir Path dir;

  @Test
  void jwtConnectionReachesTheAdapterAsOptionsWithDefaultsAndAnAbsoluteKeyPath() {
    RevbridgeConfig config = ConfigTesting.load("""
        connections:
          - name: sf
            crm: salesforce
            auth:
              flow: jwt
              clientId: 3MVG9client
              username: integration@acme.com
              privateKeyFile: keys/sf.pem
        """, dir, ENV);

    Map<String, String> options = config.connections().get(0).options();
    assertThat(options)
        .containsEntry("loginUrl", "https://login.salesforce.com")
        .containsEntry("apiVersion", "65.0")
        .containsEntry("queryBatchSize", "2000")
        .containsEntry("apiUsageStopPercent", "80")
        .containsEntry("auth.flow", "jwt")
        .containsEntry("auth.clientId", "3MVG9client")
        .containsEntry("auth.username", "integration@acme.com")
        .containsEntry("auth.privateKeyFile", dir.toAbsolutePath().normalize().resolve("keys/sf.pem").toString());
  }

  @Test
  void clientCredentialsSecretComesFromTheEnvironmentAsTheConnectionsClientSecret() {
    RevbridgeConfig config = ConfigTesting.load("""
        connections:
          - name: sf
            crm: salesforce
            loginUrl: https://acme.my.salesforce.com
            auth:
              flow: client-credentials
              clientId: 3MVG9client
              clientSecret: ${SF_SECRET}
        """, dir, ENV);

    ConnectionConfig sf = config.connections().get(0);
    assertThat(sf.clientSecret()).hasValueSatisfying(s -> assertThat(s.reveal()).isEqualTo("consumer-secret-value"));
    assertThat(sf.options()).containsEntry("loginUrl", "https://acme.my.salesforce.com")
        .doesNotContainValue("consumer-secret-value");
  }

  @Test
  void authWithoutAFlowIsToldWhichFlowsExist() {
    ConfigProblem problem = ConfigTesting.onlyProblem("""
        connections:
          - name: sf
            crm: salesforce
            auth:
              clientId: 3MVG9client
        """, dir, ENV);

    assertThat(problem.key()).isEqualTo("connections[0].auth");
    assertThat(problem.fix()).contains("flow: jwt").contains("flow: client-credentials");
  }

  @Test
  void jwtFlowWithoutAKeyFileNamesTheMissingKey() {
    ConfigProblem problem = ConfigTesting.onlyProblem("""
        connections:
          - name: sf
            crm: salesforce
            auth:
              flow: jwt
              clientId: 3MVG9client
              username: integration@acme.com
        """, dir, ENV);

    assertThat(problem.key()).isEqualTo("connections[0].auth");
    assertThat(problem.message()).contains("privateKeyFile");
  }

  @Test
  void hubSpotConnectionsGetNoSalesforceDefaults() {
    RevbridgeConfig config = ConfigTesting.load(ConfigTesting.MINIMAL, dir);

    assertThat(config.connections().get(0).options()).isEmpty();
  }

  @Test
  void salesforceSettingOnAHubSpotConnectionIsRefused() {
    ConfigProblem problem = ConfigTesting.onlyProblem(ConfigTesting.MINIMAL + "    loginUrl: https://login.salesforce.com\n",
        dir);

    assertThat(problem.key()).isEqualTo("connections[0].loginUrl");
    assertThat(problem.message()).contains("Salesforce setting").contains("crm: hubspot");
  }

  @Test
  void malformedOrganizationIdIsRefusedWithWhereToFindIt() {
    ConfigProblem problem = ConfigTesting.onlyProblem("""
        connections:
          - name: sf
            crm: salesforce
            organizationId: 12345
            auth: {flow: client-credentials, clientId: x, clientSecret: "${SF_SECRET}"}
        """, dir, ENV);

    assertThat(problem.key()).isEqualTo("connections[0].organizationId");
    assertThat(problem.fix()).contains("Company Information");
  }
}
