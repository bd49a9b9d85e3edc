package io.revbridge.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin console's sessions (table {@code console_sessions}), so a restart or another instance sharing the store
 * keeps people signed in. Only the SHA-256 of a session's token is stored, never the token: a copy of the database
 * (or a backup) signs nobody in. Thread-safe; each call is its own transaction.
 */
public final class ConsoleSessionStore {
  /**
   * One session as stored.
   *
   * @param role the console role's name ({@code ADMIN}, {@code VIEWER}); the console maps it back
   * @param csrf the token the session's forms carry (useless without the session cookie)
   * @param flash a message waiting for the session's next page, or null
   */
  public record Row(String viewerName, String role, String csrf, String flash, Instant expiresAt) {
    public Row {
      Objects.requireNonNull(viewerName, "viewerName");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(csrf, "csrf");
      Objects.requireNonNull(expiresAt, "expiresAt");
      Columns.required(viewerName, "viewer name", 200);
    }
  }

  private final Jdbc jdbc;

  ConsoleSessionStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new session under its token's hash, and drops the sessions that ended before {@code now}. */
  public void open(String token, Row row, Instant now) {
    jdbc.inTransaction("open a console session", c -> {
      try (PreparedStatement expired = c.prepareStatement("DELETE FROM console_sessions WHERE expires_at < ?");
          PreparedStatement s = c.prepareStatement("INSERT INTO console_sessions (token_hash, viewer_name, role, csrf,"
              + " flash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        Jdbc.setInstant(expired, 1, now);
        expired.executeUpdate();
        s.setString(1, hash(token));
        s.setString(2, row.viewerName());
        s.setString(3, row.role());
        s.setString(4, row.csrf());
        s.setString(5, row.flash());
        Jdbc.setInstant(s, 6, now);
        Jdbc.setInstant(s, 7, row.expiresAt());
        s.executeUpdate();
      }
      return null;
    });
  }

  /** The session with this token if it has not ended at {@code now}; an ended one is deleted and not returned. */
  public Optional<Row> find(String token, Instant now) {
    return jdbc.inTransaction("read a console session", c -> {
      Row row = null;
      try (PreparedStatement s = c.prepareStatement("SELECT viewer_name, role, csrf, flash, expires_at"
          + " FROM console_sessions WHERE token_hash = ?")) {
        s.setString(1, hash(token));
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            row = new Row(r.getString("viewer_name"), r.getString("role"), r.getString("csrf"), r.getString("flash"),
                Jdbc.getInstant(r, "expires_at"));
          }
        }
      }
      if (row != null && row.expiresAt().isBefore(now)) {
        delete(c, token);
        return Optional.<Row>empty();
      }
      return Optional.ofNullable(row);
    });
  }

  /** Leaves a message for the session's next page (replacing one not yet shown). */
  public void flash(String token, String message) {
    jdbc.inTransaction("leave a console message", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE console_sessions SET flash = ? WHERE token_hash = ?")) {
        s.setString(1, message);
        s.setString(2, hash(token));
        s.executeUpdate();
      }
      return null;
    });
  }

  /** The message waiting for the session, removed as it is read (the row is locked meanwhile). */
  public Optional<String> takeFlash(String token) {
    return jdbc.inTransaction("take a console message", c -> {
      String flash = null;
      try (PreparedStatement s = c.prepareStatement("SELECT flash FROM console_sessions WHERE token_hash = ?"
          + " FOR UPDATE")) {
        s.setString(1, hash(token));
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            flash = r.getString(1);
          }
        }
      }
      if (flash != null) {
        try (PreparedStatement s = c.prepareStatement("UPDATE console_sessions SET flash = NULL WHERE token_hash = ?")) {
          s.setString(1, hash(token));
          s.executeUpdate();
        }
      }
      return Optional.ofNullable(flash);
    });
  }

  /** Ends the session (sign-out): its token signs in nothing any more, on any instance. */
  public void close(String token) {
    jdbc.inTransaction("end a console session", c -> {
      delete(c, token);
      return null;
    });
  }

  private static void delete(java.sql.Connection c, String token) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM console_sessions WHERE token_hash = ?")) {
      s.setString(1, hash(token));
      s.executeUpdate();
    }
  }

  /** Hex SHA-256: the token is 256 random bits, so a plain hash cannot be guessed back (no salt or stretching needed). */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
