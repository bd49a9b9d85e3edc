package io.revbridge.mapping.transform;

/** {@code {default: X}}: X when the value so far is empty, otherwise the value unchanged. */
final class DefaultTransform implements TransformType {
  @Override
  public String name() {
    return "default";
  }

  @Override
  public String description() {
    return "yields the given value when the value so far is empty";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{default: unknown}";
  }

  @Override
  public boolean suppliesValue() {
    return true;
  }

  @Override
  public Transform create(String argument) {
    if (argument == null || argument.isBlank()) {
      throw new IllegalArgumentException("`default` needs a value");
    }
    return (value, context) -> value == null ? argument : value;
  }
}
