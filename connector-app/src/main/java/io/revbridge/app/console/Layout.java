package io.revbridge.app.console;

import java.util.List;

/** The frame around every page: skip link, navigation, who is signed in, sign-out, and the one-time message. */
final class Layout {
  record Link(String path, String label) {}

  static final List<Link> NAV = List.of(
      new Link("/admin", "Overview"),
      new Link("/admin/dead-letters", "Dead letters"),
      new Link("/admin/records", "Record trail"),
      new Link("/admin/forecast", "Forecast"),
      new Link("/admin/alerts", "Alerts"),
      new Link("/admin/team", "Team performance"));

  private Layout() {}

  static String page(String title, String activePath, Session session, String flash, String body) {
    StringBuilder nav = new StringBuilder();
    for (Link link : NAV) {
      boolean current = link.path().equals(activePath);
      nav.append("<li><a href=\"").append(link.path()).append('"')
          .append(current ? " aria-current=\"page\"" : "").append('>').append(Html.esc(link.label())).append("</a></li>");
    }
    String who = session == null ? "" : "<div class=\"who\"><span>Signed in as <strong>"
        + Html.esc(session.viewer().name()) + "</strong> (" + (session.viewer().role().mayAct() ? "admin" : "read-only")
        + ")</span><form method=\"post\" action=\"/admin/logout\">" + Html.hidden("_csrf", session.csrf())
        + "<button type=\"submit\" class=\"link\">Sign out</button></form></div>";
    String message = flash == null ? "" : "<div class=\"flash\" role=\"status\">" + flash + "</div>";
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.esc(title) + " · Revbridge</title>"
        + "<link rel=\"stylesheet\" href=\"/admin/assets/console.css\">"
        + "<script src=\"/admin/assets/console.js\" defer></script></head><body>"
        + "<a class=\"skip\" href=\"#main\">Skip to content</a>"
        + "<header><span class=\"brand\">Revbridge</span>"
        + (session == null ? "" : "<nav aria-label=\"Console\"><ul>" + nav + "</ul></nav>" + who)
        + "</header><main id=\"main\" tabindex=\"-1\"><h1>" + Html.esc(title) + "</h1>" + message + body
        + "</main></body></html>";
  }
}
