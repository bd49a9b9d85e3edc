package io.revbridge.mapping.transform;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code {any: {contains: /pricing}}}: true when any of the CRM fields listed in {@code crm} meets the condition,
 * false when some have a value but none meets it, no value when none has a value. It combines the fields (the
 * signal "first or last page URL contains /pricing"), so it comes first. One condition per transform:
 * {@code contains} and {@code equals} (ignoring case), {@code matches} (a regular expression found in the
 * value), {@code greater_than} and {@code at_least} (numbers; a value that is no number is a bad value).
 */
final class AnyTransform implements TransformType {
  static final List<String> CONDITIONS = List.of("contains", "equals", "matches", "greater_than", "at_least");

  @Override
  public String name() {
    return "any";
  }

  @Override
  public String description() {
    return "true when any listed CRM field meets the condition (contains, equals, matches, greater_than, at_least)";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{any: {contains: /pricing}}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.FLAG;
  }

  @Override
  public boolean combinesFields() {
    return true;
  }

  @Override
  public boolean inboundOnly() {
    return true;
  }

  @Override
  public Transform create(String argument) {
    throw new IllegalArgumentException("`any` needs a condition as a map, e.g. {any: {contains: /pricing}}");
  }

  @Override
  public Transform create(TransformArgument argument) {
    if (argument == null) {
      return create((String) null);
    }
    Map<String, TransformArgument> fields = argument.asFields("the argument of `any`");
    if (fields.size() != 1) {
      throw new IllegalArgumentException("`any` takes one condition, not " + fields.size()
          + " (one of: " + String.join(", ", CONDITIONS) + ")");
    }
    Map.Entry<String, TransformArgument> only = fields.entrySet().iterator().next();
    String what = "`any`'s `" + only.getKey() + "`";
    Predicate<String> condition = condition(only.getKey(), only.getValue().asText(what), what);
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      Collection<?> values = value instanceof Collection<?> list ? list : List.of(value);
      for (Object each : values) {
        if (condition.test(TextValues.render(each).strip())) {
          return Boolean.TRUE;
        }
      }
      return Boolean.FALSE;
    };
  }

  private static Predicate<String> condition(String name, String operand, String what) {
    if (operand.isBlank()) {
      throw new IllegalArgumentException(what + " needs a value to compare with");
    }
    return switch (name) {
      case "contains" -> {
        String part = operand.toLowerCase(Locale.ROOT);
        yield text -> text.toLowerCase(Locale.ROOT).contains(part);
      }
      case "equals" -> text -> text.equalsIgnoreCase(operand.strip());
      case "matches" -> {
        Pattern pattern = pattern(operand);
        yield text -> pattern.matcher(text).find();
      }
      case "greater_than" -> {
        BigDecimal bound = bound(operand, what);
        yield text -> TextValues.parseNumber(text).compareTo(bound) > 0;
      }
      case "at_least" -> {
        BigDecimal bound = bound(operand, what);
        yield text -> TextValues.parseNumber(text).compareTo(bound) >= 0;
      }
      default -> throw new IllegalArgumentException("unknown condition `" + name + "` for `any` (use one of: "
          + String.join(", ", CONDITIONS) + ")");
    };
  }

  private static Pattern pattern(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("`" + regex + "` is not a valid regular expression: " + e.getDescription()
          + " at position " + e.getIndex());
    }
  }

  private static BigDecimal bound(String operand, String what) {
    try {
      return new BigDecimal(operand.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number, not `" + operand + "`");
    }
  }
}
