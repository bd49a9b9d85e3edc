package io.revbridge.app.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The console's routes under {@code /admin} and what guards them: a session cookie (HttpOnly, SameSite=Strict) from
 * the sign-in form, a CSRF token on every POST, and the admin role for actions. Without {@code admin.token} the
 * console is off and says how to turn it on. Pages are rendered per request from the store, except the alerts page,
 * which shows the notifier's latest reading ({@link AlertFeed}).
 */
public final class Console {
  static final String COOKIE = "revbridge_session";
  /** Failed sign-ins allowed per minute, all browsers together, before the form refuses for the rest of it. */
  static final int SIGN_IN_FAILURES_PER_MINUTE = 10;
  private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
      + " script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Optional<SignIn> signIn;
  private final Sessions sessions;
  private final ConsoleData data;
  private final AlertFeed alerts;
  private final Deque<Instant> failures = new ArrayDeque<>();

  /** @param alerts the feed {@link AlertNotifier} refreshes: the alerts page shows its latest reading */
  public Console(Optional<SignIn> signIn, Sessions sessions, ConsoleData data, AlertFeed alerts) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.data = data;
    this.alerts = alerts;
  }

  public void register(RoutesConfig routes) {
    routes.get("/admin/assets/console.css", ctx -> asset(ctx, "console.css", "text/css; charset=utf-8"));
    routes.get("/admin/assets/console.js", ctx -> asset(ctx, "console.js", "text/javascript; charset=utf-8"));
    routes.get("/admin/login", this::signInForm);
    routes.post("/admin/login", this::signIn);
    routes.post("/admin/logout", ctx -> action(ctx, false, (c, s) -> {
      sessions.close(s.id());
      c.cookie(cookie(c, "", 0));
      c.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }));
    DeadLettersPage deadLetters = new DeadLettersPage(data, sessions);
    RecordTrailPage trail = new RecordTrailPage(data);
    routes.get("/admin", ctx -> page(ctx, new OverviewPage(data)));
    routes.get("/admin/dead-letters", ctx -> page(ctx, deadLetters));
    routes.post("/admin/dead-letters/replay", ctx -> action(ctx, true, deadLetters::replay));
    routes.get("/admin/records", ctx -> page(ctx, trail::search));
    routes.get("/admin/records/{connection}/{object}/{id}", ctx -> page(ctx, trail));
    routes.get("/admin/forecast", ctx -> page(ctx, new ForecastPage(data)));
    AlertsPage alertsPage = new AlertsPage(alerts);
    routes.get("/admin/alerts", ctx -> page(ctx, alertsPage));
    routes.get("/admin/team", ctx -> page(ctx, new TeamPage(data)));
  }

  private void page(Context ctx, Page page) {
    secure(ctx);
    if (off(ctx)) {
      return;
    }
    Optional<Session> session = session(ctx);
    if (session.isEmpty()) {
      String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect("/admin/login?next=" + Html.url(next), HttpStatus.SEE_OTHER);
      return;
    }
    Page.Rendered rendered = page.render(ctx, session.get());
    String flash = sessions.takeFlash(session.get()).orElse(null);
    ctx.status(rendered.status())
        .html(Layout.page(rendered.title(), rendered.nav(), session.get(), flash, rendered.body()));
  }

  /** A POST: refused (403) without a live session, without this session's CSRF token, or, for actions, as a viewer. */
  private void action(Context ctx, boolean needsAdmin, Action action) {
    secure(ctx);
    if (off(ctx)) {
      return;
    }
    Optional<Session> session = session(ctx);
    if (session.isEmpty()) {
      forbidden(ctx, null, "You are not signed in (or the session ended). Sign in again and repeat the action.");
      return;
    }
    String given = ctx.formParam("_csrf");
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        session.get().csrf().getBytes(StandardCharsets.UTF_8))) {
      forbidden(ctx, session.get(), "This form was not sent from this console session (missing or wrong CSRF token)."
          + " Nothing was changed. Reload the page and try again.");
      return;
    }
    if (needsAdmin && !session.get().viewer().role().mayAct()) {
      forbidden(ctx, session.get(), "You are signed in read-only (admin.viewerToken): only an admin can do this."
          + " Nothing was changed.");
      return;
    }
    action.handle(ctx, session.get());
  }

  private void forbidden(Context ctx, Session session, String why) {
    ctx.status(403).html(Layout.page("Not allowed", "", session, null, "<p class=\"error\">" + Html.esc(why) + "</p>"
        + "<p><a href=\"/admin\">Back to the overview</a></p>"));
  }

  private void signInForm(Context ctx) {
    secure(ctx);
    if (off(ctx)) {
      return;
    }
    ctx.html(signInPage(ctx.queryParam("next"), null));
  }

  private void signIn(Context ctx) {
    secure(ctx);
    if (off(ctx)) {
      return;
    }
    String next = safeNext(ctx.formParam("next"));
    if (tooManyFailures()) {
      ctx.status(429).html(signInPage(next, "Too many wrong tokens in the last minute; wait a minute and try again."));
      return;
    }
    Optional<Viewer> viewer = signIn.get().verify(ctx.formParam("token"));
    if (viewer.isEmpty()) {
      failed();
      ctx.status(401).html(signInPage(next, "That is neither the admin token nor the viewer token."
          + " Use the value of the variable admin.token (or admin.viewerToken) refers to."));
      return;
    }
    Optional.ofNullable(ctx.cookie(COOKIE)).ifPresent(sessions::close);
    Session session = sessions.open(viewer.get());
    ctx.cookie(cookie(ctx, session.id(), (int) Sessions.LIFETIME.toSeconds()));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private String signInPage(String next, String error) {
    String body = (error == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.esc(error) + "</p>")
        + "<form method=\"post\" action=\"/admin/login\" class=\"signin\">" + Html.hidden("next", safeNext(next))
        + "<label for=\"token\">Admin or viewer token</label>"
        + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus>"
        + "<button type=\"submit\">Sign in</button></form>"
        + "<p class=\"muted\">The token is the value of the environment variable that <code>admin.token</code>"
        + " (every right) or <code>admin.viewerToken</code> (read-only) names in revbridge.yaml.</p>";
    return Layout.page("Sign in", "", null, null, body);
  }

  private synchronized boolean tooManyFailures() {
    Instant minuteAgo = data.clock().instant().minus(Duration.ofMinutes(1));
    while (!failures.isEmpty() && failures.peekFirst().isBefore(minuteAgo)) {
      failures.pollFirst();
    }
    return failures.size() >= SIGN_IN_FAILURES_PER_MINUTE;
  }

  private synchronized void failed() {
    failures.addLast(data.clock().instant());
  }

  /** Only a path of this console: never another site, so the sign-in form cannot be used to send people away. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/admin") || next.startsWith("//") || next.contains("\\")
        || next.startsWith("/admin/login") || next.startsWith("/admin/logout")) {
      return "/admin";
    }
    return next;
  }

  private Optional<Session> session(Context ctx) {
    return sessions.find(ctx.cookie(COOKIE));
  }

  private boolean off(Context ctx) {
    if (signIn.isPresent()) {
      return false;
    }
    ctx.status(404).html(Layout.page("The admin console is off", "", null, null,
        "<p>Set <code>admin.token</code> in revbridge.yaml to a <code>${VARIABLE}</code> and restart to turn the"
            + " console on; <code>admin.viewerToken</code> adds a read-only sign-in.</p>"));
    return true;
  }

  private static Cookie cookie(Context ctx, String value, int maxAge) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return new Cookie(COOKIE, value, "/admin", maxAge, https, true, null, SameSite.STRICT);
  }

  private static void secure(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", SECURITY_POLICY);
  }

  private static void asset(Context ctx, String name, String type) {
    try (InputStream in = Console.class.getResourceAsStream("/revbridge/console/" + name)) {
      if (in == null) {
        ctx.status(404);
        return;
      }
      ctx.header("Cache-Control", "max-age=3600").contentType(type).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
