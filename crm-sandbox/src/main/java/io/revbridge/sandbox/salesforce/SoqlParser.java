package io.revbridge.sandbox.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Parses {@code SELECT f, ... FROM Object [WHERE ...] [ORDER BY f [ASC|DESC], ...] [LIMIT n]} where the
 * condition uses AND, OR, parentheses, {@code = != < <= > >=} and {@code IN (...)}. Field and object
 * names are checked against {@link SfSchema}, as Salesforce does, with its fault codes.
 */
final class SoqlParser {
  private SoqlParser() {}

  static SoqlQuery parse(String soql) {
    SoqlTokens t = new SoqlTokens(soql);
    t.expect("SELECT");
    List<String> names = new ArrayList<>();
    do {
      names.add(t.take());
    } while (t.takeIf(","));
    t.expect("FROM");
    String raw = t.take();
    String object = SfSchema.object(raw).orElseThrow(() -> SfFault.unexpected("INVALID_TYPE",
        "sObject type '" + raw + "' is not supported."));
    List<String> fields = names.stream().map(n -> field(object, n)).toList();
    Predicate<SfRecord> where = r -> true;
    if (t.takeIf("WHERE")) {
      where = or(t, object);
    }
    List<SoqlQuery.Order> order = new ArrayList<>();
    if (t.takeIf("ORDER")) {
      t.expect("BY");
      do {
        String f = field(object, t.take());
        boolean asc = !t.takeIf("DESC");
        t.takeIf("ASC");
        order.add(new SoqlQuery.Order(f, asc));
      } while (t.takeIf(","));
    }
    int limit = -1;
    if (t.takeIf("LIMIT")) {
      limit = Integer.parseInt(t.take());
    }
    if (t.more()) {
      throw SfFault.malformedQuery("unexpected token: '" + t.peek() + "'");
    }
    return new SoqlQuery(fields, object, where, order, limit);
  }

  private static String field(String object, String name) {
    return SfSchema.field(object, name).orElseThrow(() -> SfFault.invalidField(
        "No such column '" + name + "' on entity '" + object + "'."));
  }

  private static Predicate<SfRecord> or(SoqlTokens t, String object) {
    Predicate<SfRecord> p = and(t, object);
    while (t.takeIf("OR")) {
      p = p.or(and(t, object));
    }
    return p;
  }

  private static Predicate<SfRecord> and(SoqlTokens t, String object) {
    Predicate<SfRecord> p = primary(t, object);
    while (t.takeIf("AND")) {
      p = p.and(primary(t, object));
    }
    return p;
  }

  private static Predicate<SfRecord> primary(SoqlTokens t, String object) {
    if (t.takeIf("(")) {
      Predicate<SfRecord> inner = or(t, object);
      t.expect(")");
      return inner;
    }
    String field = field(object, t.take());
    String type = SfSchema.fields(object).stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow().type();
    if (t.takeIf("IN")) {
      t.expect("(");
      List<String> values = new ArrayList<>();
      do {
        values.add(literal(t.take()));
      } while (t.takeIf(","));
      t.expect(")");
      return r -> values.stream().anyMatch(v -> compare(type, r.get(field), v) == 0);
    }
    String op = t.take();
    String value = literal(t.take());
    return r -> {
      String actual = r.get(field);
      if (actual == null || value == null) {
        return switch (op) {
          case "=" -> actual == value;
          case "!=" -> actual != value;
          default -> false;
        };
      }
      int c = compare(type, actual, value);
      return switch (op) {
        case "=" -> c == 0;
        case "!=" -> c != 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        case ">=" -> c >= 0;
        default -> throw SfFault.malformedQuery("unexpected token: '" + op + "'");
      };
    };
  }

  /** The literal's value: text without quotes, null for {@code null}, the rest as written. */
  private static String literal(String token) {
    if (token.startsWith("'")) {
      return token.substring(1);
    }
    return token.equalsIgnoreCase("null") ? null : token;
  }

  static int compare(String type, String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return switch (type) {
      case "datetime" -> instant(a).compareTo(instant(b));
      case "int", "double", "currency", "percent" -> new BigDecimal(a).compareTo(new BigDecimal(b));
      case "boolean" -> Boolean.compare(Boolean.parseBoolean(a), Boolean.parseBoolean(b));
      case "id", "reference" -> a.compareTo(b);
      default -> a.compareToIgnoreCase(b);
    };
  }

  private static Instant instant(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw SfFault.malformedQuery("value of filter criterion is not of type dateTime: " + s);
    }
  }
}
