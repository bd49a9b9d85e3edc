package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.revbridge.app.console.Browser;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser (Debian's headless Chromium) against {@code revbridge demo --serve}, run
 * in-process through the real command line: each page loads with the demo's data, a dead letter is replayed from the
 * page and disappears, a record trail shows the reasons the CRM received, a viewer cannot replay, and a POST without
 * the session's CSRF token changes nothing. Screenshots of every page go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
  static final String ADMIN = "admin-token-for-the-browser-test";
  static final String VIEWER = "viewer-token-for-the-browser-test";

  @TempDir static Path folder;
  static StringWriter out = new StringWriter();
  static String base;
  static String sandbox;
  static Store store;
  static ChromeDriver browser;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheDemoAndABrowser() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path data = folder.resolve("demo");
    Thread demo = new Thread(() -> RevbridgeMain.execute(new String[] {"demo", "--serve", "--records", "300",
        "--port", Integer.toString(port), "--data", data.toString()}, new PrintWriter(out, true), new PrintWriter(out, true),
        Map.of(DemoCommand.ADMIN_TOKEN_VARIABLE, ADMIN, DemoCommand.VIEWER_TOKEN_VARIABLE, VIEWER)), "demo --serve");
    demo.setDaemon(true);
    demo.start();
    await().atMost(Duration.ofMinutes(3)).until(() -> out.toString().contains("console: http://"));
    Matcher m = Pattern.compile("console: (http://127\\.0\\.0\\.1:\\d+)/admin").matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    base = m.group(1);
    Matcher s = Pattern.compile("HubSpot sandbox (http://127\\.0\\.0\\.1:\\d+)/_sandbox").matcher(out.toString());
    assertThat(s.find()).isTrue();
    sandbox = s.group(1);
    // The demo's own H2 file, opened beside it in this JVM (H2 shares one database per URL within a process).
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + data.toAbsolutePath().resolve("revbridge")));
    browser = Browser.start(folder.resolve("chromium-profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void signIn(String token) {
    browser.manage().deleteAllCookies();
    browser.get(base + "/admin");
    assertThat(browser.getCurrentUrl()).contains("/admin/login");
    browser.findElement(By.id("token")).sendKeys(token);
    clickAndWait(By.cssSelector("form.signin button"));
  }

  /** Clicks and waits until the browser left the page (the next page may still be loading; get* calls wait for it). */
  private static void clickAndWait(By what) {
    // A mark on the old document: the next one has none once the browser navigated.
    browser.executeScript("window.__leaving = true;");
    browser.findElement(what).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(browser.executeScript(
        "return window.__leaving === undefined && document.readyState === 'complete';")));
  }

  private static String text() {
    return browser.findElement(By.tagName("main")).getText();
  }

  @Test
  @Order(1)
  void aWrongTokenIsRefusedAndEveryPageLoadsWithTheDemosData() throws IOException {
    signIn("not-the-token");
    assertThat(text()).contains("neither the admin token nor the viewer token");
    assertThat(browser.manage().getCookieNamed("revbridge_session")).isNull();

    signIn(ADMIN);
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/admin");
    assertThat(browser.manage().getCookieNamed("revbridge_session").isHttpOnly()).isTrue();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      browser.navigate().refresh();
      assertThat(text()).contains("demo").contains("Last successful poll").doesNotContain("none yet");
    });
    assertThat(browser.findElements(By.cssSelector("svg.spark polyline"))).isNotEmpty();
    assertThat(text()).containsPattern("[1-9]\\d* writes in 24 h");
    Browser.screenshot(browser, "overview");

    browser.get(base + "/admin/forecast");
    assertThat(browser.findElements(By.cssSelector("main table tbody tr")).size()).isGreaterThan(2);
    assertThat(browser.findElements(By.cssSelector("svg.bars rect")).size()).isPositive();
    assertThat(text()).contains("By quarter", "Commit", "Best case", "Pipeline", "Expected value", "Deals at risk");
    Browser.screenshot(browser, "forecast");

    String quarter = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-Q"
        + ((java.time.LocalDate.now(java.time.ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
    browser.get(base + "/admin/team?period=" + quarter);
    assertThat(text()).contains("Leaderboard", "Scorecards", "Pipeline generated", "Proposals", "Trends", "Coaching hints");
    assertThat(browser.findElements(By.cssSelector("main table")).get(0).findElements(By.cssSelector("tbody tr")))
        .isNotEmpty();
    Browser.screenshot(browser, "team");

    browser.get(base + "/admin/alerts");
    assertThat(text()).contains("Connections paused", "SLA breaches", "Overdue follow-ups", "Deals at risk",
        "Reps below target");
    Browser.screenshot(browser, "alerts");
  }

  @Test
  @Order(2)
  void aRecordTrailShowsTheReasonsTheCrmReceived() throws IOException {
    signIn(ADMIN);
    Contact contact = firstScoredContact();
    browser.get(base + "/admin/records");
    browser.findElement(By.name("q")).sendKeys(contact.get("email").toUpperCase(java.util.Locale.ROOT));
    clickAndWait(By.cssSelector("form[role=search] button"));

    assertThat(browser.getCurrentUrl()).contains("/admin/records?q=");
    assertThat(text()).contains("Record demo/contacts/" + contact.id(), contact.get("email"));
    String shown = browser.findElement(By.id("lead-reasons")).getText();
    assertThat(shown).startsWith(contact.get("revbridge_score_reasons"));
    assertThat(text()).contains("Enrichment provenance", "Every rule evaluated", "Writes to the CRM",
        "revbridge_score_reasons");
    Browser.screenshot(browser, "record-trail");
  }

  @Test
  @Order(3)
  void aDeadLetterIsReplayedFromThePageAndDisappears() throws IOException {
    Contact contact = firstScoredContact();
    Instant before = Instant.now();
    long id = store.deadLetters().add(new DeadLetterDraft("demo", "contacts", contact.id(), "enrich", "PROVIDER_DOWN",
        "<script>alert('xss')</script> the vendor answered 503", null, before));
    signIn(ADMIN);
    browser.get(base + "/admin/dead-letters");
    assertThat(browser.findElement(By.id("letter-" + id)).getText())
        .contains("<script>alert('xss')</script> the vendor answered 503");
    assertNoAlert();
    Browser.screenshot(browser, "dead-letters");

    clickAndWait(By.cssSelector("#letter-" + id + " button[name=one]"));
    assertThat(text()).contains("Replay 1 dead letter?", "#" + id);
    clickAndWait(By.xpath("//button[starts-with(normalize-space(.), 'Yes, replay')]"));

    assertThat(browser.findElement(By.cssSelector(".flash")).getText())
        .contains("1 of 1 dead letters queued again", "#" + id + ": contacts/" + contact.id() + " queued in the inbox again");
    assertThat(browser.findElements(By.id("letter-" + id))).isEmpty();
    assertThat(store.deadLetters().byId(id)).get().extracting(DeadLetter::replayedAt).isNotNull();
    // The running demo reads the record afresh from the CRM and runs it through the pipeline again (unchanged, it
    // writes nothing): its inbox empties.
    assertThat(store.inbox().countByStatus().getOrDefault("DONE", 0L)).isPositive();
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(store.inbox().pendingByConnection()).doesNotContainKey("demo"));
  }

  @Test
  @Order(4)
  void aViewerSeesEveryPageButNoReplayAndAForgedReplayIsRefused() throws Exception {
    long id = store.deadLetters().add(new DeadLetterDraft("demo", "contacts", firstScoredContact().id(), "score",
        "SCORING", "the playbook could not be read", null, Instant.now()));
    signIn(VIEWER);
    browser.get(base + "/admin/dead-letters");
    assertThat(browser.findElement(By.tagName("header")).getText()).contains("read-only");
    assertThat(text()).contains("the playbook could not be read");
    assertThat(browser.findElements(By.cssSelector("main button[name=one], main button[name=scope]"))).isEmpty();

    String cookie = browser.manage().getCookieNamed("revbridge_session").getValue();
    String csrf = browser.findElement(By.cssSelector("header input[name=_csrf]")).getAttribute("value");
    HttpResponse<String> forged = post(cookie, "_csrf=" + csrf + "&one=" + id + "&confirm=yes");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("read-only");
    assertThat(store.deadLetters().byId(id)).get().extracting(DeadLetter::replayedAt).isNull();
  }

  @Test
  @Order(5)
  void anAdminPostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
    long id = store.deadLetters().add(new DeadLetterDraft("demo", "contacts", firstScoredContact().id(), "score",
        "SCORING", "another failure", null, Instant.now()));
    signIn(ADMIN);
    String cookie = browser.manage().getCookieNamed("revbridge_session").getValue();

    assertThat(post(cookie, "one=" + id + "&confirm=yes").statusCode()).isEqualTo(403);
    assertThat(post(cookie, "_csrf=guessed&one=" + id + "&confirm=yes").statusCode()).isEqualTo(403);
    assertThat(post("no-such-session", "_csrf=x&one=" + id + "&confirm=yes").statusCode()).isEqualTo(403);
    assertThat(store.deadLetters().byId(id)).get().extracting(DeadLetter::replayedAt).isNull();

    clickAndWait(By.cssSelector("header form button"));
    assertThat(browser.getCurrentUrl()).contains("/admin/login");
    browser.get(base + "/admin/dead-letters");
    assertThat(browser.getCurrentUrl()).as("signed out").contains("/admin/login");
  }

  private static HttpResponse<String> post(String session, String form) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/admin/dead-letters/replay"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "revbridge_session=" + session)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script from a dead letter's message ran");
    } catch (NoAlertPresentException expected) {
      // the message was shown as text
    }
  }

  /** A contact as the sandbox (the CRM) holds it. */
  record Contact(String id, Map<String, String> properties) {
    String get(String property) {
      return properties.get(property);
    }
  }

  /** A contact the demo scored, as the sandbox (the CRM) holds it now. */
  private static Contact firstScoredContact() throws IOException {
    try {
      HttpResponse<String> body = http.send(HttpRequest.newBuilder(URI.create(sandbox + "/_sandbox/records/contacts?limit=50"))
          .build(), HttpResponse.BodyHandlers.ofString());
      var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body.body()).get("results");
      for (var r : results) {
        var props = r.get("properties");
        if (props.hasNonNull("revbridge_score_reasons") && props.hasNonNull("email")) {
          Map<String, String> p = new java.util.HashMap<>();
          props.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
          return new Contact(r.get("id").asText(), p);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no contact in the sandbox carries Revbridge's reasons");
  }
}
