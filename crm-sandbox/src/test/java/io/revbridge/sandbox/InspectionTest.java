package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectionTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T12:00:00Z"));
  private HubSpotSandbox sandbox;
  private SandboxHttp http;
  private String contactId;

  @BeforeEach
  void start() {
    sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(30).withBurstPer10s(5).withClock(clock));
    http = new SandboxHttp(sandbox);
    contactId = sandbox.records("contacts").get(0).id();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void injectedFaultsFailTheNextMatchingRequestsThenStop() {
    sandbox.injectFault("/crm/v3/objects/contacts/batch", 503, 2);
    String read = "{\"inputs\":[{\"id\":\"" + contactId + "\"}]}";

    SandboxHttp.Resp first = http.post("/crm/v3/objects/contacts/batch/read", read);
    SandboxHttp.Resp other = http.get("/crm/v3/objects/contacts/" + contactId);
    SandboxHttp.Resp second = http.post("/crm/v3/objects/contacts/batch/read", read);
    SandboxHttp.Resp third = http.post("/crm/v3/objects/contacts/batch/read", read);

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.body().get("status").asText()).isEqualTo("error");
    assertThat(first.body().get("correlationId").asText()).isNotBlank();
    assertThat(other.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sandbox.stats().faultsServed()).isEqualTo(2);
  }

  @Test
  void anInjected429LooksLikeHubSpotsAndIsCounted() {
    sandbox.injectFault("/crm/v3/objects/contacts", 429, 1);

    SandboxHttp.Resp r = http.get("/crm/v3/objects/contacts");

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.body().get("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
    assertThat(sandbox.stats().tooManyRequests()).isEqualTo(1);
  }

  @Test
  void aUiEditBumpsTheModifiedTimeWithoutCountingAsAnApiCall() {
    Instant before = sandbox.find("contacts", contactId).orElseThrow().updatedAt();
    clock.advance(Duration.ofMinutes(1));

    SandboxRecord edited = sandbox.edit("contacts", contactId, Map.of("jobtitle", "Chief Revenue Officer"));

    assertThat(edited.get("jobtitle")).isEqualTo("Chief Revenue Officer");
    assertThat(edited.updatedAt()).isAfter(before).isEqualTo(clock.instant());
    assertThat(edited.get("lastmodifieddate")).isEqualTo("2026-03-01T12:01:00.000Z");
    assertThat(sandbox.writes()).isEmpty();
    assertThat(sandbox.stats().totalRequests()).isZero();
  }

  @Test
  void aUiEditOfAnUnknownPropertyOrRecordIsRefused() {
    assertThatThrownBy(() -> sandbox.edit("contacts", contactId, Map.of("revbridge_grade", "A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revbridge_grade");
    assertThatThrownBy(() -> sandbox.edit("contacts", "424242424242", Map.of("jobtitle", "CEO")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("424242424242");
  }

  @Test
  void statsCountRequestsPerEndpointAndResetOnRequest() {
    http.get("/crm/v3/objects/contacts/" + contactId);
    http.get("/crm/v3/objects/contacts/" + contactId);
    http.search("contacts", "{\"limit\":150}");

    SandboxStats stats = sandbox.stats();
    assertThat(stats.requests("GET /crm/v3/objects/contacts/{id}")).isEqualTo(2);
    assertThat(stats.requests("POST /crm/v3/objects/contacts/search")).isEqualTo(1);
    assertThat(stats.largestBatch("POST /crm/v3/objects/contacts/search")).isEqualTo(150);
    assertThat(stats.totalRequests()).isEqualTo(3);
    assertThat(stats.batchMax()).isEqualTo(100);
    assertThat(stats.searchPageMax()).isEqualTo(200);

    sandbox.resetStats();

    assertThat(sandbox.stats().totalRequests()).isZero();
  }

  @Test
  void theHttpInspectionEndpointsNeedNoTokenAndAreNotCountedOrLimited() {
    SandboxHttp anonymous = http.withToken(null);
    for (int i = 0; i < 10; i++) {
      assertThat(anonymous.get("/_sandbox/records/contacts/" + contactId).status()).isEqualTo(200);
    }
    clock.advance(Duration.ofMinutes(1));

    SandboxHttp.Resp edit = anonymous.post("/_sandbox/edit/contacts/" + contactId,
        "{\"properties\":{\"city\":\"Lisbon\"}}");
    SandboxHttp.Resp fault = anonymous.post("/_sandbox/faults",
        "{\"pathPrefix\":\"/crm/v3/owners\",\"status\":500,\"count\":1}");
    JsonNode all = anonymous.get("/_sandbox/records/contacts").body();

    assertThat(edit.status()).isEqualTo(200);
    assertThat(edit.body().at("/properties/city").asText()).isEqualTo("Lisbon");
    assertThat(fault.status()).isEqualTo(204);
    assertThat(all.get("total").asInt()).isEqualTo(30);
    assertThat(http.get("/crm/v3/owners").status()).isEqualTo(500);
    http.patch("/crm/v3/objects/contacts/" + contactId, "{\"properties\":{\"city\":\"Porto\"}}");
    JsonNode writes = anonymous.get("/_sandbox/writes").body();
    assertThat(writes.at("/results/0/properties/city").asText()).isEqualTo("Porto");
    assertThat(writes.get("total").asInt()).isEqualTo(1);
    JsonNode stats = anonymous.get("/_sandbox/stats").body();
    assertThat(stats.get("totalRequests").asInt()).isEqualTo(2);
    assertThat(stats.at("/bounds/burstPer10s").asInt()).isEqualTo(5);
    assertThat(anonymous.post("/_sandbox/stats/reset", "{}").status()).isEqualTo(204);
    assertThat(anonymous.get("/_sandbox/stats").body().get("totalRequests").asInt()).isZero();
  }
}
