package io.revbridge.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of store messages: a JDBC URL may carry one, and a driver may echo it. */
final class Redaction {
  // H2 takes ";PASSWORD=x", PostgreSQL "?password=x" or "&password=x"; either may be any case.
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)([;?&](?:password|sslpassword)=)([^;&]*)");

  private Redaction() {}

  static String url(String jdbcUrl) {
    return URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1****");
  }

  /**
   * The text with every password the settings know of masked: {@code store.password} and any password
   * parameter of {@code store.url}, wherever it appears (drivers sometimes quote the URL or the value).
   */
  static String text(String text, StoreSettings settings) {
    if (text == null) {
      return "";
    }
    String masked = url(text);
    for (String secret : secrets(settings)) {
      masked = masked.replace(secret, "****");
    }
    return masked;
  }

  /**
   * The exception to attach as a cause, or null when any message in its chain quotes a password: a
   * logged stack trace prints every cause, and it must not print a secret.
   */
  static Throwable safeCause(Throwable error, StoreSettings settings) {
    List<String> secrets = secrets(settings);
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (!url(message).equals(message) || secrets.stream().anyMatch(message::contains)) {
        return null;
      }
    }
    return error;
  }

  private static List<String> secrets(StoreSettings settings) {
    List<String> secrets = new ArrayList<>();
    settings.password().map(p -> p.reveal()).filter(p -> !p.isEmpty()).ifPresent(secrets::add);
    Matcher m = URL_PASSWORD.matcher(settings.jdbcUrl());
    while (m.find()) {
      if (!m.group(2).isEmpty()) {
        secrets.add(m.group(2));
      }
    }
    return secrets;
  }
}
