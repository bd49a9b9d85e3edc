package io.revbridge.enrichment.email;

import java.util.Locale;

/**
 * Puts a domain or website into the one form used for matching: {@code https://WWW.Acme.com:8443/about?x} and
 * {@code acme.com.} both become {@code acme.com}. Hand-written rather than {@code java.net.URI}, which rejects much
 * of what people type into a website field (spaces, missing scheme, underscores), and without a regex: it runs per record.
 */
public final class Domains {
  private Domains() {}

  /** The normalised domain, or {@code null} when the text holds no plausible domain. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().toLowerCase(Locale.ROOT);
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == ' ') {
        end = i;
        break;
      }
    }
    s = s.substring(0, end);
    int at = s.lastIndexOf('@');
    if (at >= 0) {
      s = s.substring(at + 1);
    }
    int colon = s.indexOf(':');
    if (colon >= 0) {
      s = s.substring(0, colon);
    }
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("www.")) {
      s = s.substring(4);
    }
    return isDomain(s) ? s : null;
  }

  /** Labels of letters, digits and inner hyphens, at least two of them, the last not all digits. */
  public static boolean isDomain(String s) {
    if (s.length() < 3 || s.length() > 253) {
      return false;
    }
    int labels = 0;
    int start = 0;
    boolean lastAllDigits = true;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int length = i - start;
        if (length == 0 || length > 63 || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        lastAllDigits = true;
        for (int j = start; j < i; j++) {
          if (!Character.isDigit(s.charAt(j))) {
            lastAllDigits = false;
          }
        }
        start = i + 1;
      } else {
        char c = s.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c == '-')) {
          return false;
        }
      }
    }
    return labels >= 2 && !lastAllDigits;
  }
}
