package io.revbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.revbridge.model.RecordRef;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.routing.Targets;
import io.revbridge.store.ForecastRow;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.sync.SyncHealthReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertNotifierTest {
  static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");

  @TempDir Path dir;
  Store store;
  MutableClock clock = new MutableClock(T0);
  AlertNotifier notifier;
  AlertFeed feed;

  @BeforeEach
  void open() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()), clock);
    ConsoleData data = new ConsoleData(store, Map.of(), Map.of(), Map.of(), Map.of(), new SyncHealthReader(store, clock),
        new SimpleMeterRegistry(), PlaybookLoader.load(Optional.empty()).forecast(), Targets.NONE, clock);
    feed = new AlertFeed(data);
    notifier = new AlertNotifier(data, feed);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anAlertIsQueuedOnceHoweverOftenItIsSeen() {
    store.forecasts().save(List.of(new ForecastRow(new RecordRef("main", "deals", "7"), "101", "PROPOSAL",
        new BigDecimal("48000"), 40, new BigDecimal("19200"), LocalDate.parse("2026-12-15"), "LOW", T0,
        List.of("no activity for 21 days"))));

    assertThat(notifier.queueNew()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(2));
    assertThat(notifier.queueNew()).isZero();

    assertThat(store.notifications().countByStatus()).containsEntry("PENDING", 1L);
  }

  @Test
  void thePageShowsTheNotifiersReadingWithoutReadingTheStoreItself() {
    assertThat(notifier.queueNew()).isZero();
    store.forecasts().save(List.of(new ForecastRow(new RecordRef("main", "deals", "9"), "101", "PROPOSAL",
        new BigDecimal("1000"), 40, null, LocalDate.parse("2026-12-15"), "LOW", T0, List.of("stalled"))));
    clock.advance(Duration.ofSeconds(90));

    assertThat(feed.current().readAt()).as("the notifier's reading, 90 s old").isEqualTo(T0);
    assertThat(feed.current().alerts()).isEmpty();

    clock.advance(Duration.ofSeconds(5));
    assertThat(notifier.queueNew()).isEqualTo(1);
    assertThat(feed.current().readAt()).as("the notifier's new reading").isEqualTo(T0.plusSeconds(95));
    assertThat(feed.current().alerts()).extracting(Alert::kind).containsExactly("deals-at-risk");
  }

  @Test
  void theReadingMadeAtTheStartIsWhatTheFirstVisitorSees() {
    feed.prime(); // revbridge run, before the console opens
    store.forecasts().save(List.of(new ForecastRow(new RecordRef("main", "deals", "5"), "101", "PROPOSAL",
        new BigDecimal("1000"), 40, null, LocalDate.parse("2026-12-15"), "LOW", T0, List.of("stalled"))));
    clock.advance(Duration.ofSeconds(3));

    assertThat(feed.current().readAt()).as("the page does not read the store itself").isEqualTo(T0);
    assertThat(feed.current().alerts()).isEmpty();
  }

  @Test
  void theFeedIsReadAtMostOnceAMinute() {
    assertThat(notifier.queueNew()).isZero();
    store.forecasts().save(List.of(new ForecastRow(new RecordRef("main", "deals", "8"), "101", "PROPOSAL",
        new BigDecimal("1000"), 40, null, LocalDate.parse("2026-12-15"), "LOW", T0, List.of("stalled"))));

    assertThat(notifier.queueNew()).as("within the minute").isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(notifier.queueNew()).isEqualTo(1);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
