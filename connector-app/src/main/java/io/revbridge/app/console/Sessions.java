package io.revbridge.app.console;

import io.revbridge.store.ConsoleSessionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Console sessions, kept in the store ({@link ConsoleSessionStore}): a restart, or another instance sharing the
 * database, keeps people signed in. The store holds each token's hash only. Thread-safe. Sessions end after
 * {@link #LIFETIME} or on sign-out, which deletes them.
 */
public final class Sessions {
  static final Duration LIFETIME = Duration.ofHours(8);

  private final SecureRandom random = new SecureRandom();
  private final ConsoleSessionStore store;
  private final Clock clock;

  public Sessions(ConsoleSessionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Session open(Viewer viewer) {
    String id = randomToken();
    ConsoleSessionStore.Row row = new ConsoleSessionStore.Row(viewer.name(), viewer.role().name(), randomToken(), null,
        clock.instant().plus(LIFETIME));
    store.open(id, row, clock.instant());
    return session(id, row);
  }

  /** The live session with this id; an expired one is removed and not returned. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    return store.find(id, clock.instant()).flatMap(row -> {
      try {
        return Optional.of(session(id, row));
      } catch (IllegalArgumentException unknownRole) {
        // a role this version does not know (written by a newer one): not signed in here
        return Optional.empty();
      }
    });
  }

  public void flash(Session session, String message) {
    store.flash(session.id(), message);
  }

  /**
   * The message waiting for this session, removed as it is read. Asks the store only when the session, as read for
   * this request, has one: most pages cost one read of the session, not a locking update too.
   */
  public Optional<String> takeFlash(Session session) {
    return session.flash() == null ? Optional.empty() : store.takeFlash(session.id());
  }

  /** Signs the session out: deleted from the store, so its cookie opens nothing any more. */
  public void close(String id) {
    if (id != null && !id.isEmpty()) {
      store.close(id);
    }
  }

  private static Session session(String id, ConsoleSessionStore.Row row) {
    return new Session(id, new Viewer(row.viewerName(), Role.valueOf(row.role())), row.csrf(), row.expiresAt(),
        row.flash());
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
