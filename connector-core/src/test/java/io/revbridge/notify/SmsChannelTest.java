package io.revbridge.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.revbridge.spi.Secret;
import io.revbridge.store.NotificationRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMS channel against a Twilio-shaped WireMock, through the sender's retry, rate limit and once-only rules. */
class SmsChannelTest {
  static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");
  static final String SID = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "twilio-auth-token-9f8e7d6c";
  static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

  @TempDir Path dir;
  final FakeClock clock = new FakeClock(T0);
  WireMockServer twilio;
  Store store;
  NotificationSender sender;

  @BeforeEach
  void start() {
    twilio = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    twilio.start();
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + dir.resolve("db")), clock);
    sender = new NotificationSender(store.notifications(), List.of(new SmsChannel(HttpClient.newHttpClient(),
        twilio.baseUrl(), SID, Secret.of(TOKEN), "+14155550100")), clock,
        new NotificationSender.Settings(20, 3, Duration.ofSeconds(30), Duration.ofHours(1)));
  }

  @AfterEach
  void stop() {
    store.close();
    twilio.stop();
  }

  private void queue(String key, String phone) {
    Notification n = new Notification("hot-lead", "main/contacts/" + key, "Hot lead: Jo Doe",
        "rule hot-score, team europe", Map.of("owner", "Eva"), phone);
    store.notifications().enqueue(key, "hot-lead", JsonPost.json(n), clock.instant());
  }

  @Test
  void aHotLeadIsTextedToTheOwnersPhoneOnceWithBasicAuthAndAFormBody() {
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SM1\",\"status\":\"queued\"}")));
    queue("n1", "+491701234567");

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    String basic = "Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
        .withHeader("Authorization", equalTo(basic))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(containing("To=%2B491701234567"))
        .withRequestBody(containing("From=%2B14155550100"))
        .withRequestBody(containing("Body=Hot+lead%3A+Jo+Doe%3A+rule+hot-score%2C+team+europe+%7C+owner+Eva")));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.SENT, 1L);
  }

  @Test
  void aRateLimitedTextIsRetriedAfterTheBackoffAndItsFailureNamesNoSecret() {
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withBody("{\"code\":20429,\"message\":\"Too Many Requests\"}"))
        .willSetStateTo("free"));
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("busy").whenScenarioStateIs("free")
        .willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM2\"}")));
    queue("n1", "+491701234567");

    assertThat(sender.sendDue()).isZero();
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.PENDING, 1L);
    assertThat(sender.sendDue()).isZero(); // not before its wait
    clock.advance(Duration.ofSeconds(31));
    assertThat(sender.sendDue()).isEqualTo(1);

    twilio.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
  }

  @Test
  void aRejectedNumberIsNotRetriedAndTheErrorShowsNeitherTokenNorNumber() throws Exception {
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(400)
        .withBody("{\"code\":21211,\"message\":\"The 'To' number +491701234567 is not a valid phone number.\"}")));
    queue("n1", "+491701234567");

    assertThat(sender.sendDue()).isZero();

    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.DEAD, 1L);
    twilio.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    assertThat(store.notifications().claimDue(T0.plus(Duration.ofDays(1)), 10, Duration.ofMinutes(1))).isEmpty();
    try (var c = store.dataSource().getConnection(); var s = c.createStatement();
        var r = s.executeQuery("SELECT last_error FROM notifications")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("sms answered HTTP 400").doesNotContain(TOKEN, "+4917");
    }
  }

  @Test
  void aNotificationWithoutAPhoneNeedsNoTextAndCountsAsDelivered() {
    queue("n1", null);

    assertThat(sender.sendDue()).isEqualTo(1);

    twilio.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
  }

  @Test
  void aLongNotificationIsCutToTwoSegments() {
    Notification n = new Notification("hot-lead", "r", "Hot lead", "x".repeat(1000), Map.of(), "+15550000000");
    assertThat(SmsChannel.body(n)).hasSize(SmsChannel.MAX_BODY).endsWith("…");
  }
}
