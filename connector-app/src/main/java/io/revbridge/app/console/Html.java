package io.revbridge.app.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one place text becomes HTML: every value from the store, the CRM or the user goes through {@link #esc}, so a
 * record named {@code <script>} shows as text. Pages build markup with string concatenation around these helpers.
 */
public final class Html {
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Html() {}

  /** Text or attribute value, escaped; null becomes the empty string. */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A point in time the browser shows in the viewer's own time zone (console.js rewrites the text); UTC until then,
   * and for anyone without scripts.
   */
  public static String time(Instant at) {
    if (at == null) {
      return "<span class=\"muted\">never</span>";
    }
    Instant shown = at.truncatedTo(ChronoUnit.SECONDS);
    return "<time datetime=\"" + shown + "\">" + UTC.format(shown) + "</time>";
  }

  /** A query-string or path component, percent-encoded (then safe inside an attribute, too). */
  public static String url(String value) {
    return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** A hidden form field. */
  public static String hidden(String name, Object value) {
    return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
  }

  /** A paragraph that says there is nothing to show and what to do about it. */
  public static String empty(String what, String next) {
    return "<p class=\"empty\"><strong>" + esc(what) + "</strong> " + esc(next) + "</p>";
  }
}
