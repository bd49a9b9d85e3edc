package io.revbridge.mapping.transform;

/**
 * {@code {truncate_lines: N}}: keeps whole lines while they fit in N characters. For reasons, which list the most
 * important line first: a short CRM field keeps the lines that mattered most and never half a line. Text whose first
 * line alone is too long is cut like {@code truncate}.
 */
final class TruncateLinesTransform implements TransformType {
  private final TruncateTransform characters = new TruncateTransform();

  @Override
  public String name() {
    return "truncate_lines";
  }

  @Override
  public String description() {
    return "keeps whole lines while they fit in N characters";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{truncate_lines: 65000}";
  }

  @Override
  public Transform create(String argument) {
    Transform cut;
    try {
      cut = characters.create(argument);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("`truncate`", "`truncate_lines`"));
    }
    int max = Integer.parseInt(argument.strip());
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      String text = TextValues.render(value);
      if (text.length() <= max) {
        return text;
      }
      int end = text.lastIndexOf('\n', max);
      return end > 0 ? text.substring(0, end) : cut.apply(text, context);
    };
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }
}
