package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleSessionStoreTest extends StoreContract {
  static final String TOKEN = "k2v8Q0n1-session-token-of-256-random-bits-xx";
  static final Instant UNTIL = T0.plus(Duration.ofHours(8));

  private static ConsoleSessionStore.Row row(Instant expiresAt) {
    return new ConsoleSessionStore.Row("admin", "ADMIN", "csrf-1", null, expiresAt);
  }

  @Test
  void aSessionIsFoundByItsTokenAfterTheStoreIsOpenedAgain() {
    store.consoleSessions().open(TOKEN, row(UNTIL), T0);
    store.close();
    store = Store.open(settings, clock);

    assertThat(store.consoleSessions().find(TOKEN, T0.plusSeconds(60))).hasValueSatisfying(r -> {
      assertThat(r.viewerName()).isEqualTo("admin");
      assertThat(r.role()).isEqualTo("ADMIN");
      assertThat(r.csrf()).isEqualTo("csrf-1");
      assertThat(r.expiresAt()).isEqualTo(UNTIL);
    });
    assertThat(store.consoleSessions().find("another-token", T0)).isEmpty();
  }

  @Test
  void theStoreHoldsTheTokensHashNeverTheToken() throws Exception {
    store.consoleSessions().open(TOKEN, row(UNTIL), T0);

    try (var c = store.dataSource().getConnection();
        var s = c.createStatement();
        var r = s.executeQuery("SELECT token_hash FROM console_sessions")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).doesNotContain(TOKEN).hasSize(64).isEqualTo(ConsoleSessionStore.hash(TOKEN));
    }
  }

  @Test
  void signingOutDeletesTheSession() throws Exception {
    store.consoleSessions().open(TOKEN, row(UNTIL), T0);

    store.consoleSessions().close(TOKEN);

    assertThat(store.consoleSessions().find(TOKEN, T0)).isEmpty();
    assertThat(MigrationTest.count(store, "SELECT COUNT(*) FROM console_sessions")).isZero();
  }

  @Test
  void anEndedSessionIsNotFoundAndIsDeletedAndOpeningAnotherDropsTheEndedOnes() throws Exception {
    store.consoleSessions().open(TOKEN, row(T0.plusSeconds(10)), T0);
    store.consoleSessions().open("second", row(T0.plusSeconds(10)), T0);

    assertThat(store.consoleSessions().find(TOKEN, T0.plusSeconds(11))).isEmpty();
    assertThat(MigrationTest.count(store, "SELECT COUNT(*) FROM console_sessions")).isEqualTo(1);
    store.consoleSessions().open("third", row(UNTIL), T0.plusSeconds(11));
    assertThat(MigrationTest.count(store, "SELECT COUNT(*) FROM console_sessions")).as("only the live one").isEqualTo(1);
  }

  @Test
  void aFlashIsTakenOnce() {
    store.consoleSessions().open(TOKEN, row(UNTIL), T0);

    store.consoleSessions().flash(TOKEN, "Replayed 3 dead letters.");

    assertThat(store.consoleSessions().takeFlash(TOKEN)).contains("Replayed 3 dead letters.");
    assertThat(store.consoleSessions().takeFlash(TOKEN)).isEmpty();
    assertThat(store.consoleSessions().takeFlash("no-such-session")).isEmpty();
  }
}
