package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.MINIMAL;
import static io.revbridge.config.ConfigTesting.load;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code enrichment} section: defaults, a full vendor entry, and one bad value per test. */
class EnrichmentConfigTest {
  @TempDir Path dir;

  private static final String VENDOR = """
      enrichment:
        providers:
          - name: vendor
            url: https://api.vendor.example/v2/companies?domain={company.domain}
            authHeader: Authorization
            authPrefix: "Bearer "
            apiKey: ${VENDOR_KEY}
            fields:
              company.employees: /metrics/employees
              company.industry: /category/industry
            timeoutMillis: 2000
            cacheTtlHours: 24
      """;

  @Test
  void withoutTheSectionEveryDefaultApplies() {
    EnrichmentConfig enrichment = load(MINIMAL, dir).enrichment();

    assertThat(enrichment).isEqualTo(EnrichmentConfig.defaults());
  }

  @Test
  void aVendorEntryLoadsWithItsKeyFromTheEnvironmentAndDefaultsForTheRest() throws IOException {
    Files.writeString(dir.resolve("firms.csv"), "domain,employees\nacme.com,250\n");
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("VENDOR_KEY", "vendor-secret-value");

    RevbridgeConfig config = load(MINIMAL + VENDOR + "  firmographicsFile: firms.csv\n  thresholdPercent: 70\n"
        + "  overwrite: [company.industry]\n", dir, env);

    EnrichmentConfig enrichment = config.enrichment();
    assertThat(enrichment.firmographicsFile()).contains(dir.toAbsolutePath().resolve("firms.csv").normalize());
    assertThat(enrichment.thresholdPercent()).isEqualTo(70);
    assertThat(enrichment.overwrite()).containsExactly("company.industry");
    HttpProviderConfig vendor = enrichment.providers().get(0);
    assertThat(vendor.name()).isEqualTo("vendor");
    assertThat(vendor.apiKey().orElseThrow().reveal()).isEqualTo("vendor-secret-value");
    assertThat(vendor.fields()).containsExactly(Map.entry("company.employees", "/metrics/employees"),
        Map.entry("company.industry", "/category/industry"));
    assertThat(vendor.timeoutMillis()).isEqualTo(2000);
    assertThat(vendor.cacheTtlHours()).isEqualTo(24);
    assertThat(vendor.confidencePercent()).isEqualTo(80);
    assertThat(vendor.requestsPerSecond()).isEqualTo(10);
    assertThat(config.toString()).doesNotContain("vendor-secret-value");
  }

  @Test
  void anAuthHeaderWithoutAKeyNamesTheMissingKey() {
    ConfigProblem problem = onlyProblem(MINIMAL + VENDOR.replace("      apiKey: ${VENDOR_KEY}\n", ""), dir);

    assertThat(problem.key()).isEqualTo("enrichment.providers[0].apiKey");
    assertThat(problem.message()).isEqualTo("is required");
    assertThat(problem.fix()).contains("export VENDOR_API_KEY");
  }

  @Test
  void aKeyWrittenIntoTheFileIsRefusedWithoutEchoingIt() {
    ConfigProblem problem = onlyProblem(MINIMAL + VENDOR.replace("${VENDOR_KEY}", "sk_live_123"), dir);

    assertThat(problem.key()).isEqualTo("enrichment.providers[0].apiKey");
    assertThat(problem.toString()).doesNotContain("sk_live_123");
  }

  @Test
  void anUnknownFieldInTheUrlTemplateIsNamedWithTheClosestField() {
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("VENDOR_KEY", "k");
    ConfigProblem problem = onlyProblem(MINIMAL + VENDOR.replace("{company.domain}", "{company.domian}"), dir, env);

    assertThat(problem.key()).isEqualTo("enrichment.providers[0].url");
    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.message()).isEqualTo("names `{company.domian}`, which is not an enrichment field");
    assertThat(problem.fix()).startsWith("did you mean `company.domain`?");
  }

  @Test
  void aPointerWithoutASlashAndAnUnknownFieldAreNamed() {
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("VENDOR_KEY", "k");

    ConfigProblem pointer = onlyProblem(MINIMAL + VENDOR.replace(": /metrics/employees", ": metrics.employees"), dir, env);
    assertThat(pointer.key()).isEqualTo("enrichment.providers[0].fields");
    assertThat(pointer.message()).contains("company.employees").contains("must start with `/`");

    ConfigProblem field = onlyProblem(MINIMAL + VENDOR.replace("company.industry:", "company.sector:"), dir, env);
    assertThat(field.message()).isEqualTo("`company.sector` is not an enrichment field");
  }

  @Test
  void aMissingFirmographicsFileAndAThresholdOutOfRangeAreBothReported() {
    String yaml = MINIMAL + "enrichment:\n  firmographicsFile: nowhere.csv\n  thresholdPercent: 150\n";

    assertThat(ConfigTesting.problems(yaml, dir)).extracting(ConfigProblem::key, ConfigProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("enrichment.firmographicsFile", 6),
            org.assertj.core.groups.Tuple.tuple("enrichment.thresholdPercent", 7));
    assertThat(ConfigTesting.problems(yaml, dir).get(0).message()).contains("nowhere.csv").contains("does not exist");
  }

  @Test
  void anOverwriteOfAFieldEnrichmentDoesNotKnowIsNamed() {
    ConfigProblem problem = onlyProblem(MINIMAL + "enrichment:\n  overwrite: [company.industry, person.titel]\n", dir);

    assertThat(problem.key()).isEqualTo("enrichment.overwrite[1]");
    assertThat(problem.fix()).startsWith("did you mean `person.title`?");
  }

  @Test
  void aFieldOrderNamesBuiltInProvidersAndConfiguredVendorsBestFirst() {
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("VENDOR_KEY", "vendor-secret-value");

    RevbridgeConfig config = load(MINIMAL + VENDOR + "  fieldOrder:\n    company.employees: 'vendor, firmographics-csv'\n",
        dir, env);

    assertThat(config.enrichment().fieldOrder())
        .containsExactly(Map.entry("company.employees", java.util.List.of("vendor", "firmographics-csv")));
  }

  @Test
  void aFieldOrderNamingAProviderNobodyConfiguredIsNamedWithTheProvidersThereAre() {
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("VENDOR_KEY", "vendor-secret-value");

    ConfigProblem problem = onlyProblem(MINIMAL + VENDOR + "  fieldOrder:\n    company.employees: 'vendr, derived'\n",
        dir, env);

    assertThat(problem.key()).isEqualTo("enrichment.fieldOrder");
    assertThat(problem.message()).isEqualTo("`company.employees` names `vendr`, which is no provider");
    assertThat(problem.fix()).startsWith("did you mean `vendor`?").contains("firmographics-csv");
  }
}
