package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad webhook input, correctly signed: each is refused with a clear status (or ignored when it is an event
 * type Revbridge does not handle), nothing of it is stored, and a good webhook right after it still works.
 */
class BadWebhookInputsIT {
  @TempDir Path folder;
  private SandboxFixture fx;
  private Revbridge rb;
  private RunCommand.Service service;
  private String url;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(20));
    rb = Revbridge.assemble(ConfigLoader.load(fx.config, fx.env), line -> { });
    service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()));
    url = "http://127.0.0.1:" + service.port() + "/webhooks/hubspot/main";
    await().atMost(Duration.ofSeconds(60)).until(() -> http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/ready")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  @AfterEach
  void stop() {
    service.close();
    fx.close();
  }

  private long inboxRows() {
    return rb.store().inbox().countByStatus().values().stream().mapToLong(Long::longValue).sum();
  }

  @Test
  void malformedBodiesAreRefusedWith400AndNothingIsStored() throws Exception {
    long before = inboxRows();
    byte[] invalidUtf8 = ("[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":1,\"occurredAt\":1,"
        + "\"propertyValue\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] withBadBytes = concat(invalidUtf8, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
        "\"}]".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> notJson = post("{not json".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> notAnArray = post("{\"objectId\": 1}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> noObjectId = post(("[{\"subscriptionType\":\"contact.propertyChange\",\"occurredAt\":1}]")
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> badBytes = post(withBadBytes);

    assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);
    assertThat(notAnArray.statusCode()).as(notAnArray.body()).isEqualTo(400);
    assertThat(noObjectId.statusCode()).as(noObjectId.body()).isEqualTo(400);
    assertThat(noObjectId.body()).contains("objectId");
    assertThat(badBytes.statusCode()).isEqualTo(400);
    assertThat(badBytes.body()).contains("UTF-8");
    assertThat(inboxRows()).isEqualTo(before);
  }

  @Test
  void unknownEventTypesAreAcceptedAndIgnoredNextToAGoodEvent() throws Exception {
    String id = fx.contacts().get(0).id();
    long before = inboxRows();
    String body = "[{\"eventId\":1,\"subscriptionType\":\"contact.somethingNew\",\"objectId\":" + id
        + ",\"occurredAt\":" + System.currentTimeMillis() + "},"
        + "{\"eventId\":2,\"subscriptionType\":\"ticket.creation\",\"objectId\":5,\"occurredAt\":"
        + System.currentTimeMillis() + "},"
        + "{\"eventId\":3,\"subscriptionType\":\"contact.propertyChange\",\"objectId\":" + id
        + ",\"propertyName\":\"jobtitle\",\"propertyValue\":\"CEO\",\"changeSource\":\"CRM_UI\",\"occurredAt\":"
        + System.currentTimeMillis() + "}]";

    HttpResponse<String> response = post(body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"queued\":1");
    assertThat(inboxRows()).isEqualTo(before + 1);
  }

  @Test
  void aTenMegabyteBodyIsRefusedWith413AndTheNextWebhookStillWorks() throws Exception {
    long before = inboxRows();
    byte[] huge = ("[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":1,\"occurredAt\":1,"
        + "\"propertyValue\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}]").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> tooBig = post(huge);
    HttpResponse<String> next = post(("[{\"subscriptionType\":\"contact.propertyChange\",\"objectId\":"
        + fx.contacts().get(1).id() + ",\"occurredAt\":" + System.currentTimeMillis() + "}]")
        .getBytes(StandardCharsets.UTF_8));

    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    assertThat(inboxRows()).isEqualTo(before + 1);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private HttpResponse<String> post(byte[] body) throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SandboxFixture.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update(("POST" + url).getBytes(StandardCharsets.UTF_8));
    mac.update(body);
    String signature = Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("X-HubSpot-Signature-v3", signature).header("X-HubSpot-Request-Timestamp", timestamp)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
