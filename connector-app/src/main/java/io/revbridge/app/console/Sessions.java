package io.revbridge.app.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Console sessions, in memory: a restart signs everyone out, which is acceptable for an admin tool and keeps session
 * secrets out of the shared store. Thread-safe. Sessions end after {@link #LIFETIME} or on sign-out.
 */
public final class Sessions {
  static final Duration LIFETIME = Duration.ofHours(8);

  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session open(Viewer viewer) {
    sessions.values().removeIf(s -> s.expiresAt().isBefore(clock.instant()));
    Session session = new Session(randomToken(), viewer, randomToken(), clock.instant().plus(LIFETIME), null);
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session with this id; an expired one is removed and not returned. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (s.expiresAt().isBefore(clock.instant())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(s);
  }

  public void flash(Session session, String message) {
    sessions.computeIfPresent(session.id(), (k, s) -> s.withFlash(message));
  }

  /** The message waiting for this session, removed as it is read. */
  public Optional<String> takeFlash(Session session) {
    String[] taken = new String[1];
    sessions.computeIfPresent(session.id(), (k, s) -> {
      taken[0] = s.flash();
      return s.withFlash(null);
    });
    return Optional.ofNullable(taken[0]);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
