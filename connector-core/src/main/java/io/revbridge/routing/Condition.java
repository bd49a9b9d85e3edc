package io.revbridge.routing;

import java.util.List;

/**
 * One test of a rule: {@code field op values}. A field the lead lacks fails every test but {@code present: false}.
 * The engine tests it through a {@link ConditionCheck}, made once per engine.
 */
public record Condition(String field, Operator op, List<String> values) {
  public Condition {
    values = List.copyOf(values);
  }

  /** {@code gt 80}, {@code in [a, b]}. */
  String describe() {
    boolean list = op == Operator.IN || op == Operator.NOT_IN || values.size() > 1;
    return op.word() + " " + (list ? values.toString() : values.get(0));
  }
}
