package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.revbridge.config.ConfigLoader;
import io.revbridge.config.EnrichmentConfig;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrichment section as the app wires it: local files, industry lists, a vendor that is down, the metric. */
class EnrichmentWiringTest {
  @TempDir Path dir;
  private HttpServer vendor;
  private final AtomicInteger vendorCalls = new AtomicInteger();
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void startVendorThatIsDown() throws IOException {
    vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    vendor.createContext("/", exchange -> {
      vendorCalls.incrementAndGet();
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    vendor.start();
  }

  @AfterEach
  void stopVendor() {
    vendor.stop(0);
  }

  private EnrichmentConfig config(String section) throws IOException {
    Path file = Files.writeString(dir.resolve("revbridge.yaml"), """
        connections:
          - name: hubspot
            crm: hubspot
            accessToken: ${TOKEN}
        """ + section);
    return ConfigLoader.load(file, Map.of("TOKEN", "t", "VENDOR_KEY", "k")).enrichment();
  }

  private static EnrichmentInput person(String key, String email, String title) {
    return EnrichmentInput.of(key, Map.of(EnrichmentFields.PERSON_EMAIL, email, EnrichmentFields.PERSON_TITLE, title));
  }

  @Test
  void localFilesAndIndustryListsFromTheConfigDriveTheWaterfallAndBadRowsAreReported() throws IOException {
    Files.writeString(dir.resolve("firms.csv"), """
        domain,employees,industry,annual_revenue,country,technologies
        acme.test,1500,Widgets,,US,
        broken.test,lots,Widgets,,US,
        """);
    Files.writeString(dir.resolve("titles.csv"), "phrase,seniority,department,role,priority\nwidget wrangler,VP,OPERATIONS,DECISION_MAKER,\n");
    EnrichmentConfig config = config("""
        enrichment:
          firmographicsFile: firms.csv
          titleRulesFile: titles.csv
          targetIndustries: [Widgets]
        """);

    EnrichmentResult result = new Waterfall(EnrichmentWiring.plan(config, warnings::add), new InMemoryEnrichmentCache(),
        (p, k) -> { }, Clock.systemUTC()).enrich(person("p1", "jo@acme.test", "Widget Wrangler"));

    assertThat(result.value(EnrichmentFields.COMPANY_EMPLOYEES)).isEqualTo(1500);
    assertThat(result.value(EnrichmentFields.COMPANY_SIZE_BAND)).isEqualTo("1000+");
    assertThat(String.valueOf(result.value(EnrichmentFields.COMPANY_INDUSTRY_CLASS))).isEqualTo("TARGET");
    assertThat(String.valueOf(result.value(EnrichmentFields.PERSON_ROLE))).isEqualTo("DECISION_MAKER");
    assertThat(String.valueOf(result.value(EnrichmentFields.PERSON_DEPARTMENT))).isEqualTo("OPERATIONS");
    assertThat(warnings).singleElement().asString().contains("firms.csv:3").contains("lots");
  }

  @Test
  void aVendorThatIsDownFailsNoRecordAndCountsInTheMetricByProviderAndKind() throws IOException {
    EnrichmentConfig config = config("""
        enrichment:
          providers:
            - name: vendor
              url: http://127.0.0.1:%d/v1/companies?domain={company.domain}
              authHeader: X-Api-Key
              apiKey: ${VENDOR_KEY}
              fields: {company.employees: /employees}
              maxAttempts: 1
        """.formatted(vendor.getAddress().getPort()));
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Waterfall waterfall = EnrichmentWiring.stage(config, new InMemoryEnrichmentCache(), metrics, Clock.systemUTC(),
        warnings::add).waterfall();

    List<EnrichmentResult> results = waterfall.enrich(List.of(person("p1", "a@acme.test", "CEO"),
        person("p2", "b@globex.test", "CTO")));

    assertThat(vendorCalls).hasValue(2);
    assertThat(results).allSatisfy(r -> {
      assertThat(String.valueOf(r.value(EnrichmentFields.PERSON_ROLE))).isEqualTo("DECISION_MAKER");
      assertThat(r.failures()).singleElement().satisfies(f -> {
        assertThat(f.provider()).isEqualTo("vendor");
        assertThat(f.kind()).isEqualTo(FailureKind.SERVER_ERROR);
      });
    });
    assertThat(metrics.get(EnrichmentWiring.FAILURES_METRIC).tags("provider", "vendor", "kind", "SERVER_ERROR")
        .counter().count()).isEqualTo(2.0);
    assertThat(metrics.scrape())
        .contains("revbridge_enrichment_failures_total{kind=\"SERVER_ERROR\",provider=\"vendor\"} 2.0");
  }

  @Test
  void filledFieldsAreCountedByFieldAndProvider() throws IOException {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var stage = EnrichmentWiring.stage(config(""), new InMemoryEnrichmentCache(), metrics, Clock.systemUTC(),
        warnings::add);

    stage.filled().filled("person.role", "title-rules");
    stage.filled().filled("person.role", "title-rules");

    assertThat(metrics.scrape())
        .contains("revbridge_enrichment_fields_total{field=\"person.role\",provider=\"title-rules\"} 2.0");
  }
}
