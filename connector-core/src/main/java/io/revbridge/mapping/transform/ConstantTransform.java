package io.revbridge.mapping.transform;

/** {@code {constant: X}}: always X, whatever the CRM holds; needs no CRM field. */
final class ConstantTransform implements TransformType {
  @Override
  public String name() {
    return "constant";
  }

  @Override
  public String description() {
    return "always yields the given value, whatever the CRM field holds";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{constant: CONTACT}";
  }

  @Override
  public boolean suppliesValue() {
    return true;
  }

  @Override
  public Transform create(String argument) {
    if (argument == null || argument.isBlank()) {
      throw new IllegalArgumentException("`constant` needs a value");
    }
    return (value, context) -> argument;
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
