package io.revbridge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Named leases shared by all instances on one store, such as "who polls this object now". A lease is
 * held until it is released or runs out; an instance that died simply stops renewing it, and another
 * takes it once it ran out. Thread-safe; each call is its own transaction.
 */
public final class LeaseStore {
  private static final List<String> COLUMNS = List.of("lease_key", "lease_owner", "lease_until");

  private final Jdbc jdbc;
  private final String insertFirst;
  private final Clock clock;

  LeaseStore(Jdbc jdbc, SqlDialect dialect, Clock clock) {
    this.jdbc = jdbc;
    this.insertFirst = dialect.insertUnlessExists("leases", COLUMNS, "lease_key");
    this.clock = clock;
  }

  /**
   * Takes or renews the lease for {@code duration} from now, unless another owner holds it and it has
   * not run out. Atomic across instances: of two owners asking at once, one gets it.
   *
   * @return true when {@code owner} holds the lease now
   */
  public boolean tryAcquire(String key, String owner, Duration duration) {
    Columns.required(key, "lease key", 400);
    Leases.requireOwner(owner);
    Objects.requireNonNull(duration, "duration");
    Instant now = clock.instant();
    Instant until = now.plus(duration);
    return jdbc.inTransaction("take lease " + key, c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE leases SET lease_owner = ?, lease_until = ?"
          + " WHERE lease_key = ? AND (lease_owner = ? OR lease_until < ?)")) {
        s.setString(1, owner);
        Jdbc.setInstant(s, 2, until);
        s.setString(3, key);
        s.setString(4, owner);
        Jdbc.setInstant(s, 5, now);
        if (s.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement s = c.prepareStatement(insertFirst)) {
        s.setString(1, key);
        s.setString(2, owner);
        Jdbc.setInstant(s, 3, until);
        return s.executeUpdate() == 1;
      }
    });
  }

  /** Gives the lease up if {@code owner} holds it, so another instance need not wait for it to run out. */
  public void release(String key, String owner) {
    jdbc.inTransaction("release lease " + key, c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM leases WHERE lease_key = ? AND lease_owner = ?")) {
        s.setString(1, key);
        s.setString(2, owner);
        return s.executeUpdate();
      }
    });
  }

  /** Gives up every lease of the owner (a clean shutdown). */
  public int releaseAll(String owner) {
    return jdbc.inTransaction("release the leases of " + owner, c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM leases WHERE lease_owner = ?")) {
        s.setString(1, owner);
        return s.executeUpdate();
      }
    });
  }

  /** Who holds the lease now, if anyone (an expired lease is held by nobody). */
  public Optional<String> holder(String key) {
    Instant now = clock.instant();
    return jdbc.inTransaction("read lease " + key, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT lease_owner FROM leases WHERE lease_key = ? AND lease_until >= ?")) {
        s.setString(1, key);
        Jdbc.setInstant(s, 2, now);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }
}
