package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.InboxEntry;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an admin sees from {@code dlq list} and {@code dlq replay}, and what replay leaves in the store. */
class DlqCommandTest {
  private static final Map<String, String> ENV = Map.of("HUBSPOT_TOKEN", "pat-na1-secret-value");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path folder;
  private Path config;
  private String url;
  private long mapLetter;
  private long otherConnection;

  @BeforeEach
  void setUp() throws Exception {
    url = "jdbc:h2:file:" + folder.resolve("db");
    config = StoreOnlyConfig.write(folder, url);
    try (Store store = Store.open(StoreSettings.of(url))) {
      mapLetter = store.deadLetters().add(new DeadLetterDraft("main", "contacts", "101", "map", "MAPPING",
          "hs_analytics_num_visits: 'lots' is not a number", "{}", T0));
      otherConnection = store.deadLetters().add(new DeadLetterDraft("eu", "contacts", "202", "map", "MAPPING",
          "hs_analytics_num_visits: 'many' is not a number", "{}", T0.plusSeconds(1)));
      store.deadLetters().add(new DeadLetterDraft("main", "contacts", "303", "write", "INVALID_OPTION",
          "value was not one of the allowed options", "{}", T0.plusSeconds(2)));
    }
  }

  private Cli dlq(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "dlq";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--config";
    all[args.length + 2] = config.toString();
    return Cli.run(ENV, all);
  }

  @Test
  void listFiltersByConnectionStageAndError() {
    Cli byConnection = dlq("list", "--connection", "main", "--stage", "map");
    Cli byError = dlq("list", "--error", "allowed options");

    assertThat(byConnection.exitCode()).as(byConnection.err()).isZero();
    assertThat(byConnection.out()).contains("#" + mapLetter + " ").doesNotContain("/202/", "/303/");
    assertThat(byConnection.lastLine()).isEqualTo("1 dead letters match, of 3 in total");
    assertThat(byError.out()).contains("main/contacts/303 stage=write INVALID_OPTION").doesNotContain("/101/");
  }

  @Test
  void replayAllQueuesTheMatchingRecordsInTheInboxAndMarksOnlyThem() {
    Cli cli = dlq("replay", "--all", "--connection", "main", "--stage", "map");

    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("#" + mapLetter + ": contacts/101 queued in the inbox again");
    assertThat(cli.lastLine()).startsWith("1 of 1 dead letters queued again");
    try (Store store = Store.open(StoreSettings.of(url))) {
      assertThat(store.inbox().pending(10)).extracting(InboxEntry::recordId).containsExactly("101");
      assertThat(store.deadLetters().byId(mapLetter).orElseThrow().replayedAt()).isNotNull();
      assertThat(store.deadLetters().byId(otherConnection).orElseThrow().replayedAt()).isNull();
    }
    assertThat(dlq("replay", "--all", "--stage", "map").out())
        .as("a second --all skips what was replayed").doesNotContain("#" + mapLetter + ":");
  }

  @Test
  void replayByIdSaysWhatItCouldNotDoAndFails() {
    Cli cli = dlq("replay", "--id", String.valueOf(otherConnection), "999");

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.FAILED);
    assertThat(cli.out()).contains("#" + otherConnection + ": contacts/202 queued in the inbox again")
        .contains("#999: there is no dead letter with this id");
    assertThat(cli.lastLine()).startsWith("1 of 2 dead letters queued again");
  }

  @Test
  void replayWithoutIdOrAllIsAUsageError() {
    Cli cli = dlq("replay");

    assertThat(cli.exitCode()).isEqualTo(RevbridgeMain.BAD_INPUT);
    assertThat(cli.err()).contains("--id", "--all");
  }
}
