package io.revbridge.enrichment.email;

import java.util.Locale;
import java.util.Optional;

/**
 * A syntactically valid email address, lower-cased, split at its {@code @}. The check is the practical subset of
 * RFC 5322 that CRMs accept (no quoted local parts, no IP-literal domains): dot-atoms of the usual characters.
 */
public record EmailAddress(String local, String domain) {
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

  public static Optional<EmailAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip().toLowerCase(Locale.ROOT);
    int at = s.indexOf('@');
    if (at <= 0 || at != s.lastIndexOf('@') || at > 64) {
      return Optional.empty();
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    if (!isLocalPart(local) || !Domains.isDomain(domain)) {
      return Optional.empty();
    }
    return Optional.of(new EmailAddress(local, domain));
  }

  private static boolean isLocalPart(String local) {
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || LOCAL_SPECIALS.indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  public String address() {
    return local + "@" + domain;
  }
}
