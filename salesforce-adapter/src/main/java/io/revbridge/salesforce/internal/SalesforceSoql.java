package io.revbridge.salesforce.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the SOQL the adapter sends. Names and ids are checked, never pasted in unchecked. */
final class SalesforceSoql {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)?");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{15}([A-Za-z0-9]{3})?");

  private SalesforceSoql() {}

  static boolean isId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The select list: {@code always} first, then the mapped fields, each once. */
  static String select(Collection<String> always, Collection<String> fields) {
    Set<String> all = new LinkedHashSet<>(always);
    for (String f : new java.util.TreeSet<>(fields)) {
      if (!NAME.matcher(f).matches()) {
        throw new IllegalArgumentException("`" + f + "` is not a Salesforce field name");
      }
      if (always.stream().noneMatch(a -> a.equalsIgnoreCase(f))) {
        all.add(f);
      }
    }
    return String.join(", ", all);
  }

  static String object(String objectType) {
    if (!NAME.matcher(objectType).matches() || objectType.contains(".")) {
      throw new IllegalArgumentException("`" + objectType + "` is not a Salesforce object name");
    }
    return objectType;
  }

  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** SOQL datetime literal, unquoted ISO-8601 UTC; Salesforce keeps whole seconds. */
  static String dateTime(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String textList(Collection<String> values) {
    return values.stream().map(SalesforceSoql::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  static String idList(Collection<String> ids) {
    return ids.stream().map(SalesforceSoql::quote).collect(Collectors.joining(", ", "(", ")"));
  }
}
