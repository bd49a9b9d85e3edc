package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.revbridge.sandbox.SandboxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Log lines about one record carry its id and a correlation id, and never its field values. */
class RecordLoggingIT {
  @TempDir Path folder;

  @Test
  void aFailedWriteIsLoggedWithItsRecordAndCorrelationId() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(context);
    captured.start();
    root.addAppender(captured);
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(20).unlimited())) {
      // No retries inside the adapter: one 500 for the batch makes each of its writes wait for the engine's retry.
      fx.option("maxRetries", "0");
      fx.sandbox.injectFault("/crm/v3/objects/contacts/batch/update", 500, 1);

      Cli cli = fx.cli("sync", "--once");

      assertThat(captured.list).as(cli.out() + captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList()).filteredOn(e -> e.getFormattedMessage().startsWith("write failed"))
          .isNotEmpty().allSatisfy(e -> {
            assertThat(e.getMDCPropertyMap().get("record")).startsWith("main/contacts/");
            assertThat(e.getMDCPropertyMap().get("correlationId"))
                .startsWith(e.getMDCPropertyMap().get("record") + "@");
            assertThat(e.getFormattedMessage()).contains("attempt 1 of 5").doesNotContain("@", "Score");
          });
    } finally {
      root.detachAppender(captured);
    }
  }

  @Test
  void everyStageLogsARecordWithOneCorrelationIdAndWithoutItsFieldValues() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger sync = context.getLogger("io.revbridge.sync");
    ch.qos.logback.classic.Level before = sync.getLevel();
    sync.setLevel(ch.qos.logback.classic.Level.DEBUG);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(context);
    captured.start();
    sync.addAppender(captured);
    try (SandboxFixture fx = new SandboxFixture(folder, SandboxOptions.defaults().withContacts(20).unlimited())) {
      Cli cli = fx.cli("sync", "--once");
      assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();

      io.revbridge.sandbox.SandboxRecord contact = fx.contacts().get(0);
      String record = "main/contacts/" + contact.id();
      java.util.List<ILoggingEvent> lines = captured.list.stream()
          .filter(e -> record.equals(e.getMDCPropertyMap().get("record"))).toList();
      java.util.List<String> stages = lines.stream().map(e -> e.getFormattedMessage().split(":")[0]).distinct().toList();
      assertThat(stages).as(lines.stream().map(ILoggingEvent::getFormattedMessage).toList().toString())
          .contains("fetch", "map", "enrich", "score", "route", "plan", "written");
      java.util.Set<String> ids = new java.util.HashSet<>();
      // The echo of its own write is a newer version (skipped); a task is an effect with its own key.
      lines.stream().filter(e -> !e.getFormattedMessage().startsWith("skipped")
              && !e.getFormattedMessage().startsWith("task created"))
          .forEach(e -> ids.add(e.getMDCPropertyMap().get("correlationId")));
      assertThat(ids).as("one change, one id from fetch to write").singleElement().asString().startsWith(record + "@");
      for (String value : java.util.List.of(contact.get("email"), contact.get("firstname"), contact.get("lastname"))) {
        assertThat(captured.list).as("no field values in logs").noneMatch(e -> value != null
            && e.getFormattedMessage().contains(value));
      }
    } finally {
      sync.detachAppender(captured);
      sync.setLevel(before);
    }
  }
}
