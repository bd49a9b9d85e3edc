package io.revbridge.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.revbridge.store.NotificationRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.testing.FakeClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationSenderTest {
  static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z");

  @TempDir Path dir;
  final FakeClock clock = new FakeClock(T0);
  WireMockServer chat;
  Store store;
  NotificationSender sender;

  @BeforeEach
  void start() {
    chat = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    chat.start();
    chat.stubFor(post(urlPathEqualTo("/slack/T1/B2/secret")).willReturn(aResponse().withStatus(200).withBody("ok")));
    chat.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + dir.resolve("db")), clock);
    HttpClient http = HttpClient.newHttpClient();
    sender = new NotificationSender(store.notifications(), List.of(
        new SlackChannel(http, URI.create(chat.baseUrl() + "/slack/T1/B2/secret")),
        new WebhookChannel(http, URI.create(chat.baseUrl() + "/hook"))), clock,
        new NotificationSender.Settings(3, 3, Duration.ofSeconds(30), Duration.ofHours(1)));
  }

  @AfterEach
  void stop() {
    store.close();
    chat.stop();
  }

  private void queue(String key) {
    Notification n = new Notification("hot-lead", "main/contacts/" + key, "Hot lead: Jo Doe", "Rule hot-score, team europe",
        Map.of("owner", "Eva"));
    store.notifications().enqueue(key, "hot-lead", JsonPost.json(n), clock.instant());
  }

  @Test
  void aHotLeadReachesSlackAndTheWebhookOnceEach() {
    queue("n1");
    queue("n1"); // the same notification planned twice is queued once

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    chat.verify(1, postRequestedFor(urlPathEqualTo("/slack/T1/B2/secret"))
        .withRequestBody(matchingJsonPath("$.text", equalTo("*Hot lead: Jo Doe*\nRule hot-score, team europe\n• owner: Eva"))));
    chat.verify(1, postRequestedFor(urlPathEqualTo("/hook"))
        .withRequestBody(matchingJsonPath("$.kind", equalTo("hot-lead")))
        .withRequestBody(matchingJsonPath("$.record", equalTo("main/contacts/n1"))));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.SENT, 1L);
  }

  @Test
  void aFailingChannelIsRetriedWithBackoffAndTheOtherIsNotPostedTwice() {
    chat.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
    queue("n1");

    sender.sendDue();
    clock.advance(Duration.ofSeconds(10));
    sender.sendDue(); // not due yet: the first retry waits 30 s
    clock.advance(Duration.ofSeconds(25));
    chat.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
    sender.sendDue();

    chat.verify(1, postRequestedFor(urlPathEqualTo("/slack/T1/B2/secret")));
    chat.verify(2, postRequestedFor(urlPathEqualTo("/hook")));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.SENT, 1L);
  }

  @Test
  void aChannelThatKeepsFailingIsGivenUpAfterMaxAttempts() {
    chat.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(500)));
    queue("n1");

    for (int i = 0; i < 5; i++) {
      sender.sendDue();
      clock.advance(Duration.ofMinutes(5));
    }

    chat.verify(3, postRequestedFor(urlPathEqualTo("/hook")));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.DEAD, 1L);
  }

  @Test
  void aChannelThatRejectsTheMessageIsNotRetried() {
    chat.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(400)));
    queue("n1");

    sender.sendDue();
    clock.advance(Duration.ofMinutes(5));
    sender.sendDue();

    chat.verify(1, postRequestedFor(urlPathEqualTo("/hook")));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.DEAD, 1L);
  }

  @Test
  void atMostMaxPerMinuteAreSentAndTheRestWaitForTheNextMinute() {
    for (int i = 0; i < 5; i++) {
      queue("n" + i);
    }

    assertThat(sender.sendDue()).isEqualTo(3);
    assertThat(sender.sendDue()).isZero();
    clock.advance(Duration.ofSeconds(61));
    assertThat(sender.sendDue()).isEqualTo(2);
  }

  @Test
  void aNotificationTooOldToHelpIsDroppedUnsent() {
    queue("n1");
    clock.advance(Duration.ofHours(2));

    assertThat(sender.sendDue()).isZero();

    chat.verify(0, postRequestedFor(urlPathEqualTo("/hook")));
    assertThat(store.notifications().countByStatus()).containsEntry(NotificationRow.EXPIRED, 1L);
  }
}
