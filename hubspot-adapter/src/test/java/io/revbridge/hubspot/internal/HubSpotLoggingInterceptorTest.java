package io.revbridge.hubspot.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotLoggingInterceptorTest {
  final HubSpotTestServer hubSpot = new HubSpotTestServer();
  final List<String> lines = new ArrayList<>();

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void logLineNamesTheCallButNeverTheTokenOrCredentialLikeQueryValues() throws IOException {
    hubSpot.wireMock.stubFor(get(urlPathEqualTo("/crm/v3/owners"))
        .willReturn(okJson("{}").withHeader("X-HubSpot-Correlation-Id", "corr-42")));
    HttpUrl base = HttpUrl.get(hubSpot.baseUrl());
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new HubSpotAuthInterceptor("hs", base.host(),
            new HubSpotStaticToken("hs", Optional.of(HubSpotTestServer.TOKEN))))
        .addInterceptor(new HubSpotLoggingInterceptor(lines::add, System::nanoTime))
        .build();

    Request request = new Request.Builder()
        .url(base.newBuilder().addPathSegments("crm/v3/owners")
            .addQueryParameter("limit", "1").addQueryParameter("hapikey", "legacy-key-123").build())
        .build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(lines).singleElement().asString()
          .startsWith("HubSpot GET /crm/v3/owners?limit=1&hapikey=**** -> 200 in ")
          .endsWith("(correlation corr-42)")
          .doesNotContain(HubSpotTestServer.TOKEN_TEXT)
          .doesNotContain("legacy-key-123");
    }
  }
}
