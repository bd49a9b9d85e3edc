package io.revbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {
  static final Instant T0 = Instant.parse("2026-05-12T09:00:00Z");

  @TempDir Path dir;
  final AlertNotifierTest.MutableClock clock = new AlertNotifierTest.MutableClock(T0);
  StoreSettings settings;
  Store store;

  @BeforeEach
  void open() {
    settings = StoreSettings.of("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath());
    store = Store.open(settings, clock);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aSignedInBrowserStaysSignedInAcrossARestartWithItsRoleAndCsrfToken() {
    Session before = new Sessions(store.consoleSessions(), clock).open(new Viewer("viewer", Role.VIEWER));
    store.close();

    store = Store.open(settings, clock);
    Sessions restarted = new Sessions(store.consoleSessions(), clock);

    assertThat(restarted.find(before.id())).hasValueSatisfying(s -> {
      assertThat(s.viewer()).isEqualTo(new Viewer("viewer", Role.VIEWER));
      assertThat(s.csrf()).isEqualTo(before.csrf());
      assertThat(s.expiresAt()).isEqualTo(T0.plus(Sessions.LIFETIME));
    });
  }

  @Test
  void signingOutEndsTheSessionForEveryInstance() {
    Sessions one = new Sessions(store.consoleSessions(), clock);
    Sessions other = new Sessions(store.consoleSessions(), clock);
    Session s = one.open(new Viewer("admin", Role.ADMIN));

    other.close(s.id());

    assertThat(one.find(s.id())).isEmpty();
  }

  @Test
  void aSessionEndsAfterItsLifetime() {
    Sessions sessions = new Sessions(store.consoleSessions(), clock);
    Session s = sessions.open(new Viewer("admin", Role.ADMIN));

    clock.advance(Sessions.LIFETIME.minus(Duration.ofMinutes(1)));
    assertThat(sessions.find(s.id())).isPresent();
    clock.advance(Duration.ofMinutes(2));
    assertThat(sessions.find(s.id())).isEmpty();
  }

  @Test
  void theReplaysOutcomeIsShownOnceEvenAfterARestart() {
    Session s = new Sessions(store.consoleSessions(), clock).open(new Viewer("admin", Role.ADMIN));
    new Sessions(store.consoleSessions(), clock).flash(s, "3 dead letters replayed");
    store.close();
    store = Store.open(settings, clock);
    Sessions restarted = new Sessions(store.consoleSessions(), clock);

    assertThat(restarted.takeFlash(restarted.find(s.id()).orElseThrow())).contains("3 dead letters replayed");
    assertThat(restarted.find(s.id()).orElseThrow().flash()).as("taken").isNull();
    assertThat(restarted.takeFlash(restarted.find(s.id()).orElseThrow())).isEmpty();
  }

  @Test
  void noCookieOrAnUnknownOneFindsNothing() {
    Sessions sessions = new Sessions(store.consoleSessions(), clock);

    assertThat(sessions.find(null)).isEmpty();
    assertThat(sessions.find("")).isEmpty();
    assertThat(sessions.find("forged")).isEmpty();
  }
}
