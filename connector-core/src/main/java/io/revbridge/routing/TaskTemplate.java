package io.revbridge.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task text with tokens: {@code {{first_name}}}, or {@code {{first_name|there}}} with the fallback for an empty
 * value. Every token has a built-in fallback too, so a rendered task never shows a raw token.
 */
public record TaskTemplate(String text) {
  static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*(?:\\|([^}]*))?}}");
  static final Map<String, String> FALLBACKS = fallbacks();

  /** The tokens the text uses that are not known, for the loader's message. */
  List<String> unknownTokens() {
    return TOKEN.matcher(text).results().map(m -> m.group(1)).filter(t -> !FALLBACKS.containsKey(t)).distinct().toList();
  }

  public String render(Map<String, String> values) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = Optional.ofNullable(values.get(m.group(1))).map(String::strip).filter(v -> !v.isEmpty())
          .orElse(m.group(2) != null ? m.group(2) : FALLBACKS.getOrDefault(m.group(1), ""));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().replaceAll("[ \\t]{2,}", " ").replaceAll(" ([,.!?])", "$1").strip();
  }

  private static Map<String, String> fallbacks() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("first_name", "there");
    f.put("last_name", "");
    f.put("company_name", "your company");
    f.put("industry", "your industry");
    f.put("title", "your role");
    f.put("recent_news", "");
    f.put("owner_name", "your account team");
    return Map.copyOf(f);
  }
}
