package io.revbridge.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use and stopped at exit. Each
 * caller gets its own empty schema, so tests never see each other's rows.
 */
public final class EmbeddedPostgresServer {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** A JDBC URL (loopback, user {@code postgres}, no password) whose current schema is new and empty. */
  public static synchronized String freshSchemaUrl() {
    String schema = "test_" + SCHEMAS.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create schema " + schema, e);
    }
    return baseUrl() + "?currentSchema=" + schema;
  }

  /** The server's {@code postgres} database, on loopback. */
  static synchronized String baseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/postgres";
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the server's temp directory is cleaned up by zonky's own hook
        }
      }));
    }
    return server;
  }
}
