package io.revbridge.app;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: measures the admin console's pages with 100,000 records in the store (no timing is asserted anywhere).
 * Seeds an H2 store (or PostgreSQL with {@code postgresql}) the way a busy year of `revbridge run` would fill it, starts
 * the real server as `revbridge run` does, signs in and times each page: the median of 10 requests after 3 warm-ups,
 * on loopback. Run from the repository root:
 * <pre>
 * mvn -B -q -pl connector-app -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=/tmp/console-cp.txt
 * java -cp "connector-app/target/test-classes:connector-app/target/classes:$(cat /tmp/console-cp.txt)" \
 *     io.revbridge.app.ConsoleSpeed [h2|postgresql]
 * </pre>
 */
public final class ConsoleSpeed {
  static final int RECORDS = 100_000;
  static final String TOKEN = "speed-admin-token";

  public static void main(String[] args) throws Exception {
    boolean postgres = args.length > 0 && args[0].equals("postgresql");
    Path dir = Files.createTempDirectory("console-speed");
    String url;
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = null;
    if (postgres) {
      pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      url = pg.getJdbcUrl("postgres", "postgres");
    } else {
      url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().withContacts(20))) {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      String yaml = String.join("\n", "store:", "  url: " + url, postgres ? "  user: postgres" : "", "server:",
          "  port: " + port, "admin:", "  token: ${ADMIN}", "sync:", "  pollIntervalSeconds: 3600", "connections:",
          "  - name: main", "    crm: hubspot", "    baseUrl: " + sandbox.baseUrl(), "    accessToken: ${T}",
          "    objects: [contacts, deals]", "");
      RevbridgeConfig cfg = ConfigLoader.fromYaml(yaml, "speed.yaml", dir, Map.of("ADMIN", TOKEN, "T",
          sandbox.accessToken()));
      Revbridge rb = Revbridge.assemble(cfg, line -> { });
      long seeding = System.nanoTime();
      String email = seed(rb.store().dataSource());
      if (postgres) {
        // what autovacuum does within a minute of a bulk load in production: statistics for the planner and the
        // visibility map that lets the covering indexes answer without the table
        try (var c = rb.store().dataSource().getConnection(); var s = c.createStatement()) {
          s.execute("VACUUM ANALYZE");
        }
      }
      System.out.printf("seeded %,d records (%s) in %d s%n", RECORDS, postgres ? "PostgreSQL" : "H2",
          Duration.ofNanos(System.nanoTime() - seeding).toSeconds());
      RunCommand.Service service = RunCommand.Service.start(rb, "127.0.0.1", port, new PrintWriter(System.out));
      try {
        measure("http://127.0.0.1:" + port, email);
      } finally {
        service.close();
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
      // the seeded H2 file grows to gigabytes: never leave it behind
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void measure(String base, String email) throws Exception {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN + "&next=/admin")).build(),
        HttpResponse.BodyHandlers.ofString());
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    List<String> pages = List.of("/admin", "/admin/dead-letters", "/admin/dead-letters?stage=write&error=INVALID",
        "/admin/records?q=" + email, "/admin/records/main/contacts/50000", "/admin/forecast", "/admin/alerts",
        "/admin/team", "/admin/team?period=" + LocalDate.now().getYear() + "-Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1));
    System.out.println("page | status | median ms | max ms | first ms | bytes");
    for (String page : pages) {
      long[] ms = new long[10];
      HttpResponse<String> last = null;
      long first = 0;
      for (int i = -3; i < ms.length; i++) {
        long start = System.nanoTime();
        last = http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString());
        if (i >= 0) {
          ms[i] = (System.nanoTime() - start) / 1_000_000;
        } else if (i == -3) {
          // the alerts page reads the store once a minute: its first request is the one that reads
          first = (System.nanoTime() - start) / 1_000_000;
        }
      }
      Arrays.sort(ms);
      System.out.printf("%s | %d | %d | %d | %d | %,d%n", page.replace(email, "<email>"), last.statusCode(),
          ms[ms.length / 2], ms[ms.length - 1], first, last.body().length());
    }
  }

  /** @return the e-mail address of one seeded person, for the search */
  private static String seed(javax.sql.DataSource ds) throws Exception {
    Random random = new Random(7);
    Instant now = Instant.now();
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      owners.add(Integer.toString(33_000_000 + i * 7919));
    }
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit (connection, object_type, record_id, stage,"
              + " decision, detail_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (idempotency_key, connection, object_type,"
              + " record_id, kind, payload, status, attempts, next_attempt_at, created_at, updated_at)"
              + " VALUES (?, 'main', ?, ?, ?, ?, 'DONE', 0, ?, ?, ?)");
          PreparedStatement routing = c.prepareStatement("INSERT INTO routing_assignments (pool, turn, connection,"
              + " record_key, owner_id, weight, assigned_at) VALUES ('seed/europe', ?, 'main', ?, ?, 1, ?)");
          PreparedStatement sla = c.prepareStatement("INSERT INTO sla_timers (record_key, owner_id, team, grade,"
              + " lead_status, status, started_at, remind_at, due_at, settled_at, responded_at) VALUES (?, ?, 'europe',"
              + " 'HOT', 'NEW', ?, ?, ?, ?, ?, ?)");
          PreparedStatement activity = c.prepareStatement("INSERT INTO activities (connection, object_type,"
              + " activity_id, activity_type, owner_id, person_key, occurred_at, completed, by_revbridge, modified_at)"
              + " VALUES ('main', 'calls', ?, ?, ?, ?, ?, TRUE, FALSE, ?)")) {
        for (int i = 1; i <= RECORDS; i++) {
          String id = Integer.toString(i);
          Instant at = now.minusSeconds(random.nextInt(86_400 * 60));
          String owner = owners.get(random.nextInt(owners.size()));
          String email = "person" + i + "@company" + (i % 5000) + ".test";
          add(audit, id, "record", email, "{\"email\":\"" + email + "\",\"firstName\":\"P" + i + "\",\"title\":\"VP Sales\"}", at);
          add(audit, id, "enrich", "role DECISION_MAKER, size 50-200", "{\"fields\":{\"company.sizeBand\":{\"value\":"
              + "\"50-200\",\"provider\":\"derived\",\"confidence\":1.0,\"fetchedAt\":\"" + at + "\"}},\"failures\":[]}", at);
          int score = random.nextInt(100);
          add(audit, id, "score", score + " WARM", "{\"score\":" + score + ",\"grade\":\"WARM\",\"reasons\":[{\"category\":"
              + "\"companyFit\",\"points\":" + score + ",\"text\":\"company fit\"}]}", at);
          add(audit, id, "mql-score", score + " not MQL", "{\"score\":" + score + ",\"qualified\":false,\"reasons\":[]}", at);
          add(audit, id, "route", "owner " + owner, "{\"owner\":\"" + owner + "\",\"team\":\"europe\",\"rule\":"
              + "\"round-robin\",\"rulesEvaluated\":[{\"rule\":\"round-robin\",\"matched\":true,\"why\":\"always\"}]}", at);
          Instant written = now.minusSeconds(random.nextInt(86_400));
          outbox.setString(1, "w:" + id);
          outbox.setString(2, "contacts");
          outbox.setString(3, id);
          outbox.setString(4, "FIELD_UPDATE");
          outbox.setString(5, "{\"write\":{\"idempotencyKey\":\"w:" + id + "\",\"ref\":{\"connection\":\"main\","
              + "\"objectType\":\"contacts\",\"id\":\"" + id + "\"},\"values\":{\"revbridge_score\":\"" + score
              + "\"}},\"previous\":{},\"assignsOwner\":false}");
          Timestamp t = Timestamp.from(written);
          outbox.setTimestamp(6, t);
          outbox.setTimestamp(7, t);
          outbox.setTimestamp(8, t);
          outbox.addBatch();
          routing.setLong(1, i);
          routing.setString(2, "main/contacts/" + id);
          routing.setString(3, owner);
          routing.setTimestamp(4, Timestamp.from(at));
          routing.addBatch();
          if (i % 2 == 0) {
            boolean breached = random.nextInt(10) == 0;
            sla.setString(1, "main/contacts/" + id);
            sla.setString(2, owner);
            sla.setString(3, breached ? "BREACHED" : i % 20 == 0 ? "OPEN" : "TOUCHED");
            // Open clocks run until tomorrow, so the running SLA watch has nothing to escalate while pages are timed.
            Instant started = i % 20 == 0 ? now.minusSeconds(600) : at;
            Instant due = i % 20 == 0 ? now.plusSeconds(86_400) : at.plusSeconds(3600);
            sla.setTimestamp(4, Timestamp.from(started));
            sla.setTimestamp(5, Timestamp.from(due.minusSeconds(1800)));
            sla.setTimestamp(6, Timestamp.from(due));
            Timestamp settled = i % 20 == 0 ? null : Timestamp.from(at.plusSeconds(breached ? 3600 : random.nextInt(5400)));
            sla.setTimestamp(7, settled);
            sla.setTimestamp(8, breached ? null : settled);
            sla.addBatch();
          }
          activity.setString(1, "a" + i);
          activity.setString(2, List.of("CALL", "EMAIL", "MEETING", "TASK").get(i % 4));
          activity.setString(3, owner);
          activity.setString(4, "main/contacts/" + id);
          activity.setTimestamp(5, Timestamp.from(at));
          activity.setTimestamp(6, Timestamp.from(at));
          activity.addBatch();
          if (i % 1000 == 0) {
            activity.executeBatch();
            audit.executeBatch();
            outbox.executeBatch();
            routing.executeBatch();
            sla.executeBatch();
            c.commit();
          }
        }
      }
      try (PreparedStatement deals = c.prepareStatement("INSERT INTO deal_forecasts (connection, object_type, record_id,"
              + " owner_id, stage, amount, probability, expected_value, close_date, confidence, forecast_at, risks, created_at,"
              + " proposal_at) VALUES ('main', 'deals', ?, ?, ?, ?, ?, ?, ?, 'MEDIUM', ?, ?, ?, ?)");
          PreparedStatement dead = c.prepareStatement("INSERT INTO dead_letters (connection, object_type, record_id, stage,"
              + " error_code, message, failed_at) VALUES ('main', 'contacts', ?, ?, ?, ?, ?)")) {
        String[] stages = {"QUALIFICATION", "PROPOSAL", "NEGOTIATION", "CLOSED_WON", "CLOSED_LOST"};
        for (int i = 1; i <= RECORDS / 5; i++) {
          String stage = stages[random.nextInt(stages.length)];
          int probability = stage.equals("CLOSED_WON") ? 100 : stage.equals("CLOSED_LOST") ? 0 : 10 + random.nextInt(80);
          java.math.BigDecimal amount = java.math.BigDecimal.valueOf(1000 + random.nextInt(100_000));
          deals.setString(1, Integer.toString(i));
          deals.setString(2, owners.get(random.nextInt(owners.size())));
          deals.setString(3, stage);
          deals.setBigDecimal(4, amount);
          deals.setInt(5, probability);
          deals.setBigDecimal(6, amount.multiply(java.math.BigDecimal.valueOf(probability)).movePointLeft(2));
          deals.setDate(7, java.sql.Date.valueOf(LocalDate.now().plusDays(random.nextInt(240) - 120)));
          deals.setTimestamp(8, Timestamp.from(now));
          deals.setString(9, random.nextInt(5) == 0 ? "no activity for 21 days" : null);
          Instant created = now.minusSeconds(86_400L * random.nextInt(200));
          deals.setTimestamp(10, Timestamp.from(created));
          boolean proposed = !stage.equals("QUALIFICATION") && !stage.equals("CLOSED_LOST");
          deals.setTimestamp(11, proposed ? Timestamp.from(created.plusSeconds(86_400L * random.nextInt(30))) : null);
          deals.addBatch();
          if (i <= 2000) {
            dead.setString(1, Integer.toString(i * 7));
            dead.setString(2, i % 3 == 0 ? "write" : "enrich");
            dead.setString(3, i % 3 == 0 ? "INVALID_OPTION" : "PROVIDER_DOWN");
            dead.setString(4, "the CRM refused the value (" + i + ")");
            dead.setTimestamp(5, Timestamp.from(now.minusSeconds(i * 60L)));
            dead.addBatch();
          }
          if (i % 1000 == 0) {
            deals.executeBatch();
            dead.executeBatch();
            c.commit();
          }
        }
      }
      // What OutboxStore.markDone counts as the writes above settle, per hour.
      java.util.Map<Long, Long> perHour = new java.util.TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT updated_at FROM outbox WHERE status = 'DONE'");
          java.sql.ResultSet r = s.executeQuery()) {
        while (r.next()) {
          perHour.merge(r.getTimestamp(1).toInstant().getEpochSecond() / 3600, 1L, Long::sum);
        }
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO write_counts (connection, hour_start, writes)"
          + " VALUES ('main', ?, ?)")) {
        for (var e : perHour.entrySet()) {
          s.setTimestamp(1, Timestamp.from(Instant.ofEpochSecond(e.getKey() * 3600)));
          s.setLong(2, e.getValue());
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    }
    return "person50000@company0.test";
  }

  private static void add(PreparedStatement s, String id, String stage, String decision, String detail, Instant at)
      throws java.sql.SQLException {
    s.setString(1, "main");
    s.setString(2, "contacts");
    s.setString(3, id);
    s.setString(4, stage);
    s.setString(5, decision);
    s.setString(6, detail);
    s.setTimestamp(7, Timestamp.from(at));
    s.addBatch();
  }
}
