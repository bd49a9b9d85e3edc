package io.revbridge.mapping.transform;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * {@code {join: ", "}}: joins a list (from {@code split}, or Revbridge's reasons) into one text with the
 * separator; text passes through unchanged. Outbound, it puts the score reasons on one line for a CRM
 * field that holds a single line.
 */
final class JoinTransform implements TransformType {
  @Override
  public String name() {
    return "join";
  }

  @Override
  public String description() {
    return "joins a list into one text with the separator; text passes through";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{join: \", \"}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }

  @Override
  public Transform create(String separator) {
    String between = separator == null ? "" : separator;
    return (value, context) -> value instanceof Collection<?> items
        ? items.stream().map(TextValues::render).collect(Collectors.joining(between))
        : value == null ? null : TextValues.render(value);
  }
}
