package io.revbridge.mapping.transform;

/** {@code {truncate: N}}: cuts text to at most N characters (CRMs reject longer values, e.g. HubSpot at 65,536). */
final class TruncateTransform implements TransformType {
  @Override
  public String name() {
    return "truncate";
  }

  @Override
  public String description() {
    return "cuts text to at most N characters";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{truncate: 65000}";
  }

  @Override
  public Transform create(String argument) {
    int max;
    try {
      max = Integer.parseInt(argument == null ? "" : argument.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("`truncate` needs a whole number of characters, not " + TextValues.quote(argument));
    }
    if (max < 1) {
      throw new IllegalArgumentException("`truncate` needs at least 1 character, not " + max);
    }
    return (value, context) -> value == null ? null : cut(TextValues.render(value), max);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    // Never split a surrogate pair: half an emoji is not valid text for a CRM.
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
