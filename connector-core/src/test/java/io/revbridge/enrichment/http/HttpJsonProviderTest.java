package io.revbridge.enrichment.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.ProviderAnswer;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.spi.Secret;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpJsonProviderTest {
  private static final String VENDOR_ANSWER = """
      {"company": {"name": "Acme", "metrics": {"employees": 250, "annualRevenue": 12500000.5},
       "category": {"industry": "Computer Software"}, "geo": {"country": "US"}, "tech": ["Salesforce", "Slack"],
       "ticker": null}}
      """;

  private WireMockServer vendor;

  @BeforeEach
  void start() {
    vendor = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    vendor.start();
  }

  @AfterEach
  void stop() {
    vendor.stop();
  }

  private HttpJsonProviderSpec spec() {
    return HttpJsonProviderSpec.of("vendor", "http://127.0.0.1:" + vendor.port() + "/v2/companies/find?domain={company.domain}",
            List.of(new FieldPointer(EnrichmentFields.COMPANY_EMPLOYEES, "/company/metrics/employees", 0.8),
                new FieldPointer(EnrichmentFields.COMPANY_ANNUAL_REVENUE, "/company/metrics/annualRevenue", 0.7),
                new FieldPointer(EnrichmentFields.COMPANY_INDUSTRY, "/company/category/industry", 0.8),
                new FieldPointer(EnrichmentFields.COMPANY_TECHNOLOGIES, "/company/tech", 0.6),
                new FieldPointer("company.ticker", "/company/ticker", 0.9)))
        .withAuth("Authorization", "Bearer ", Secret.of("sk-live-123"))
        .withRetry(3, Duration.ofMillis(5), Duration.ofMillis(20));
  }

  private static EnrichmentInput domain(String domain) {
    return EnrichmentInput.of("r-" + domain, Map.of(EnrichmentFields.COMPANY_DOMAIN, domain));
  }

  private ProviderAnswer ask(HttpJsonProviderSpec spec, String domain) {
    return new HttpJsonProvider(spec).enrich(List.of(domain(domain))).get(0);
  }

  @Test
  void jsonPointersFillCanonicalFieldsWithTheirConfidence() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(okJson(VENDOR_ANSWER)));

    ProviderAnswer answer = ask(spec(), "acme.com");

    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_EMPLOYEES).value()).isEqualTo(250);
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_EMPLOYEES).confidence()).isEqualTo(0.8);
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_ANNUAL_REVENUE).value())
        .isEqualTo(new BigDecimal("12500000.5"));
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_TECHNOLOGIES).value())
        .isEqualTo(List.of("Salesforce", "Slack"));
    assertThat(answer.candidates()).doesNotContainKey("company.ticker");
  }

  @Test
  void theRequestCarriesTheEncodedValueAndTheAuthHeader() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(okJson("{}")));

    ask(spec(), "a&b.com");

    vendor.verify(getRequestedFor(urlPathEqualTo("/v2/companies/find"))
        .withQueryParam("domain", equalTo("a&b.com"))
        .withHeader("Authorization", equalTo("Bearer sk-live-123")));
  }

  @Test
  void aRateLimitAndAServerErrorAreRetriedUntilTheVendorAnswers() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("busy"));
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).inScenario("flaky").whenScenarioStateIs("busy")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson(VENDOR_ANSWER)));

    ProviderAnswer answer = ask(spec(), "acme.com");

    assertThat(answer.failed()).isFalse();
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_EMPLOYEES).value()).isEqualTo(250);
    vendor.verify(3, getRequestedFor(urlPathEqualTo("/v2/companies/find")));
  }

  @Test
  void aVendorThatStaysDownIsAFailureWithoutTheSecret() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(aResponse().withStatus(500).withBody("sk-live-123")));

    ProviderAnswer answer = ask(spec(), "acme.com");

    assertThat(answer.failure()).isEqualTo(FailureKind.SERVER_ERROR);
    assertThat(answer.failureMessage()).isEqualTo("HTTP 500 from 127.0.0.1").doesNotContain("sk-live");
    vendor.verify(3, getRequestedFor(urlPathEqualTo("/v2/companies/find")));
  }

  @Test
  void aSlowVendorTimesOut() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(okJson(VENDOR_ANSWER).withFixedDelay(2000)));

    ProviderAnswer answer = ask(spec().withTimeout(Duration.ofMillis(200)).withRetry(1, Duration.ofMillis(5),
        Duration.ofMillis(5)), "acme.com");

    assertThat(answer.failure()).isEqualTo(FailureKind.TIMEOUT);
  }

  @Test
  void badCredentialsAreNotRetriedAndSayWhatToCheck() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(aResponse().withStatus(401)));

    ProviderAnswer answer = ask(spec(), "acme.com");

    assertThat(answer.failure()).isEqualTo(FailureKind.BAD_RESPONSE);
    assertThat(answer.failureMessage()).contains("check the vendor's API key");
    vendor.verify(1, getRequestedFor(urlPathEqualTo("/v2/companies/find")));
  }

  @Test
  void anUnknownCompanyIsAnEmptyAnswerNotAFailure() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(aResponse().withStatus(404)));

    ProviderAnswer answer = ask(spec(), "nobody.example");

    assertThat(answer.failed()).isFalse();
    assertThat(answer.candidates()).isEmpty();
  }

  @Test
  void aRecordWithoutTheTemplateFieldIsNotSent() {
    List<ProviderAnswer> answers = new HttpJsonProvider(spec()).enrich(List.of(EnrichmentInput.of("r", Map.of())));

    assertThat(answers).containsExactly(ProviderAnswer.empty());
    assertThat(vendor.getAllServeEvents()).isEmpty();
  }

  @Test
  void inTheWaterfallTheVendorIsAskedOncePerDomainAndTtl() {
    vendor.stubFor(get(urlPathEqualTo("/v2/companies/find")).willReturn(okJson(VENDOR_ANSWER)));
    Waterfall waterfall = new Waterfall(WaterfallPlan.of(new HttpJsonProvider(spec())), new InMemoryEnrichmentCache(),
        FailureCounter.NONE, Clock.systemUTC());

    List<EnrichmentResult> results = waterfall.enrich(List.of(domain("acme.com"), domain("acme.com")));
    waterfall.enrich(List.of(domain("acme.com")));

    assertThat(results).allSatisfy(r -> assertThat(r.value(EnrichmentFields.COMPANY_EMPLOYEES)).isEqualTo(250));
    assertThat(results.get(0).fields().get(EnrichmentFields.COMPANY_EMPLOYEES).provider()).isEqualTo("vendor");
    vendor.verify(2, getRequestedFor(urlPathEqualTo("/v2/companies/find")));
  }

  @Test
  void aSpecRejectsWhatCannotWork() {
    assertThatThrownBy(() -> new UrlTemplate("ftp://x/{a}")).hasMessageContaining("must start with https://");
    assertThatThrownBy(() -> new UrlTemplate("https://x/{a")).hasMessageContaining("unclosed or empty {}");
    assertThatThrownBy(() -> new FieldPointer("company.employees", "company/employees", 0.5))
        .hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> spec().withAuth("Authorization", "Bearer ", null)).hasMessageContaining("no secret");
    assertThat(spec().toString()).doesNotContain("sk-live-123");
  }
}
