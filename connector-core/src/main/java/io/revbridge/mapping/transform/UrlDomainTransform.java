package io.revbridge.mapping.transform;

import java.util.Locale;

/**
 * {@code url_domain}: {@code https://www.Northwind.com:443/pricing?x=1} → {@code northwind.com}. Drops the scheme,
 * user info, port, path, a leading {@code www.} and a trailing dot, so a website and an e-mail domain compare
 * equal. Text with no host gives no value.
 */
final class UrlDomainTransform extends NoArgumentType {
  @Override
  public String name() {
    return "url_domain";
  }

  @Override
  public String description() {
    return "takes the host of a URL without www., lower case; no value when there is none";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null) {
      return null;
    }
    String host = TextValues.render(value).strip().toLowerCase(Locale.ROOT);
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    host = cutAt(host, "/?#");
    host = host.substring(host.lastIndexOf('@') + 1);
    host = cutAt(host, ":");
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.isBlank() || host.indexOf('.') < 0 || host.contains(" ") ? null : host;
  }

  private static String cutAt(String text, String stops) {
    for (int i = 0; i < text.length(); i++) {
      if (stops.indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }
}
