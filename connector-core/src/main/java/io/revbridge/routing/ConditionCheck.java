package io.revbridge.routing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link Condition} ready to test leads: its wording, its threshold and its lower-case values are worked out once
 * when the engine is built, not again for every lead. A field the lead lacks fails every test but
 * {@code present: false}.
 */
final class ConditionCheck {
  private final String field;
  private final Operator op;
  private final List<String> values;
  private final String whenPassed;
  private final String whenFailed;
  /** Numeric operators only: read as the playbook loader checked it (so {@code " 80"} is 80). */
  private final BigDecimal threshold;
  /** For {@code contains}. */
  private final List<String> lowerCase;

  ConditionCheck(Condition condition) {
    this.field = condition.field();
    this.op = condition.op();
    this.values = condition.values();
    this.whenPassed = ", " + condition.describe();
    this.whenFailed = ", not " + condition.describe();
    this.threshold = op.numeric() ? Facts.number(values.get(0)) : null;
    if (op.numeric() && threshold == null) {
      throw new IllegalArgumentException("condition " + condition.describe() + ": '" + values.get(0)
          + "' is not a number");
    }
    this.lowerCase = values.stream().map(String::toLowerCase).toList();
  }

  /** Whether the lead passes, with the sentence that says why, for the decision's audit. */
  Result test(Facts facts) {
    Object value = facts.get(field);
    boolean passed = passes(value);
    String shown = value == null ? "absent" : "'" + value + "'";
    return new Result(passed, field + " is " + shown + (passed ? whenPassed : whenFailed));
  }

  private boolean passes(Object value) {
    if (op == Operator.PRESENT) {
      return (value != null) == Boolean.parseBoolean(values.get(0));
    }
    if (value == null) {
      return false;
    }
    if (op.numeric()) {
      BigDecimal number = Facts.number(value);
      if (number == null) {
        return false;
      }
      int cmp = number.compareTo(threshold);
      return switch (op) {
        case GT -> cmp > 0;
        case GTE -> cmp >= 0;
        case LT -> cmp < 0;
        default -> cmp <= 0;
      };
    }
    String text = value.toString();
    return switch (op) {
      case EQ, IN -> anyEqualsIgnoringCase(text);
      case NE, NOT_IN -> !anyEqualsIgnoringCase(text);
      default -> {
        String lower = text.toLowerCase();
        yield lowerCase.stream().anyMatch(lower::contains);
      }
    };
  }

  private boolean anyEqualsIgnoringCase(String text) {
    for (String v : values) {
      if (text.equalsIgnoreCase(v)) {
        return true;
      }
    }
    return false;
  }

  /** The outcome of one condition. */
  record Result(boolean passed, String why) {}
}
