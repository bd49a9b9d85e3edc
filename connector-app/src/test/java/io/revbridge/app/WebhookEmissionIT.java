package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.model.RecordRef;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop against the sandbox, with webhooks the sandbox really sends: `run` backfills, then a
 * person's edit in HubSpot arrives as a signed webhook and is re-scored and written back, a deletion is
 * recorded, a merge deletes the merged-away contact, a restore lifts a deletion, and Revbridge's own writes
 * coming back as webhooks start no loop.
 */
class WebhookEmissionIT {
  @TempDir Path folder;

  @Test
  void backfillThenWebhooksThenWriteBackWithoutLoops() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(60))) {
      Revbridge rb = Revbridge.assemble(ConfigLoader.load(fx.config, fx.env), line -> { });
      try (RunCommand.Service service = RunCommand.Service.start(rb, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
        String base = "http://127.0.0.1:" + service.port();
        await().atMost(Duration.ofSeconds(60)).until(() -> get(base + "/ready") == 200);
        assertThat(fx.contacts()).allSatisfy(c -> assertThat(c.get("revbridge_score")).isNotBlank());
        fx.sandbox.sendWebhooksTo(base + "/webhooks/hubspot/main", SandboxFixture.CLIENT_SECRET);

        SandboxRecord edited = fx.contacts().stream()
            .filter(c -> !c.get("revbridge_score_reasons").contains("Contact quality 25/25")).findFirst().orElseThrow();
        SandboxRecord deleted = fx.contacts().stream().filter(c -> !c.id().equals(edited.id())).findFirst().orElseThrow();
        fx.sandbox.edit("contacts", edited.id(), Map.of("jobtitle", "Chief Executive Officer"));
        fx.sandbox.archive("contacts", deleted.id());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
            fx.sandbox.record("contacts", edited.id()).get("revbridge_score_reasons")).contains("Contact quality 25/25"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
            rb.store().deletions().isDeleted(new RecordRef("main", "contacts", deleted.id())));

        // A merge in HubSpot: the merged-away contact is gone for Revbridge too. A restore lifts a deletion.
        java.util.List<SandboxRecord> others = fx.contacts().stream()
            .filter(c -> !c.id().equals(edited.id()) && !c.id().equals(deleted.id())).limit(2).toList();
        fx.sandbox.merge("contacts", others.get(0).id(), others.get(1).id());
        fx.sandbox.restore("contacts", deleted.id());
        await().atMost(Duration.ofSeconds(30)).until(() ->
            rb.store().deletions().isDeleted(new RecordRef("main", "contacts", others.get(1).id())));
        await().atMost(Duration.ofSeconds(30)).until(() ->
            !rb.store().deletions().isDeleted(new RecordRef("main", "contacts", deleted.id())));
        // The write-back above comes back as API webhooks; wait until they are processed, then nothing more.
        fx.sandbox.flushWebhooks();
        await().atMost(Duration.ofSeconds(30)).until(() -> rb.store().inbox().countByStatus().get("PENDING") == 0);
        int writes = fx.sandbox.writes().size();
        fx.sandbox.flushWebhooks();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
            .until(() -> fx.sandbox.writes().size() == writes);
        assertThat(fx.sandbox.webhooksFailed()).isZero();
        assertThat(fx.sandbox.webhooksDelivered()).isPositive();
      }
    }
  }

  private static int get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
