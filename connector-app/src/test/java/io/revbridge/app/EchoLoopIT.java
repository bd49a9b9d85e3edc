package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.config.ConfigLoader;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxWrite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the sandbox echoing every write back as a webhook from the very first write, a backfill settles:
 * each contact is written once, and once the echoes are processed nothing more is written.
 */
class EchoLoopIT {
  private static final int CONTACTS = 500;

  @TempDir Path folder;

  @Test
  void everyWriteEchoedBackAsAWebhookStartsNoSecondRound() throws Exception {
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(CONTACTS).unlimited())) {
      Revbridge rb = Revbridge.assemble(ConfigLoader.load(fx.config, fx.env), line -> { });
      try (RunCommand.Service service = RunCommand.Service.start(rb, "127.0.0.1", 0,
          new PrintWriter(new StringWriter()))) {
        fx.sandbox.sendWebhooksTo("http://127.0.0.1:" + service.port() + "/webhooks/hubspot/main",
            SandboxFixture.CLIENT_SECRET);
        await().atMost(Duration.ofMinutes(3)).until(() -> fx.contacts().stream()
            .allMatch(c -> c.get("revbridge_grade") != null));
        // Echoes of the last writes may still be on their way: deliver them and let them be processed.
        fx.sandbox.flushWebhooks();
        await().atMost(Duration.ofMinutes(1)).until(() ->
            rb.store().inbox().countByStatus().get("PENDING") == 0
                && rb.store().outbox().countByStatus().get("PENDING") == 0);
        int settled = fx.sandbox.writes().size();
        fx.sandbox.flushWebhooks();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
            .until(() -> fx.sandbox.writes().size() == settled);
        Map<String, Long> perContact = fx.sandbox.writes().stream().filter(w -> w.objectType().equals("contacts"))
            .collect(Collectors.groupingBy(SandboxWrite::id, Collectors.counting()));
        assertThat(perContact).hasSize(CONTACTS).allSatisfy((id, n) -> assertThat(n).as("writes to " + id).isOne());
        assertThat(fx.sandbox.webhooksDelivered()).as("the writes did come back").isPositive();
        assertThat(fx.sandbox.webhooksFailed()).isZero();
      }
    }
  }
}
