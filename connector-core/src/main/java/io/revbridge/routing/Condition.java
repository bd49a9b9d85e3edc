package io.revbridge.routing;

import java.math.BigDecimal;
import java.util.List;

/** One test of a rule: {@code field op values}. A field the lead lacks fails every test but {@code present: false}. */
public record Condition(String field, Operator op, List<String> values) {
  public Condition {
    values = List.copyOf(values);
  }

  /** Whether the lead passes, with the sentence that says why, for the decision's audit. */
  Check test(Facts facts) {
    Object value = facts.get(field);
    boolean passed = passes(value);
    String shown = value == null ? "absent" : "'" + value + "'";
    return new Check(passed, field + " is " + shown + (passed ? ", " : ", not ") + describe());
  }

  /** {@code gt 80}, {@code in [a, b]}. */
  String describe() {
    boolean list = op == Operator.IN || op == Operator.NOT_IN || values.size() > 1;
    return op.word() + " " + (list ? values.toString() : values.get(0));
  }

  private boolean passes(Object value) {
    if (op == Operator.PRESENT) {
      return (value != null) == Boolean.parseBoolean(values.get(0));
    }
    if (value == null) {
      return false;
    }
    String text = value.toString();
    if (op.numeric()) {
      BigDecimal number = Facts.number(value);
      if (number == null) {
        return false;
      }
      int cmp = number.compareTo(new BigDecimal(values.get(0)));
      return switch (op) {
        case GT -> cmp > 0;
        case GTE -> cmp >= 0;
        case LT -> cmp < 0;
        default -> cmp <= 0;
      };
    }
    return switch (op) {
      case EQ, IN -> values.stream().anyMatch(text::equalsIgnoreCase);
      case NE, NOT_IN -> values.stream().noneMatch(text::equalsIgnoreCase);
      default -> values.stream().anyMatch(v -> text.toLowerCase().contains(v.toLowerCase()));
    };
  }

  /** The outcome of one condition. */
  record Check(boolean passed, String why) {}
}
