package io.revbridge.mapping.transform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code {split: ";"}}: cuts text at a separator (taken literally, not as a pattern) into a list of trimmed,
 * non-empty items, e.g. a multi-select picklist. A list is no canonical value by itself: follow with
 * {@code join}. Empty text gives no value.
 */
final class SplitTransform implements TransformType {
  @Override
  public String name() {
    return "split";
  }

  @Override
  public String description() {
    return "cuts text at the separator into a list of trimmed, non-empty items";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{split: \";\"}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.LIST;
  }

  @Override
  public Transform create(String separator) {
    if (separator == null || separator.isEmpty()) {
      throw new IllegalArgumentException("`split` needs a separator, e.g. {split: \";\"}");
    }
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      List<String> items = new ArrayList<>();
      for (String part : pieces(value, separator)) {
        String item = part.strip();
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
      return items.isEmpty() ? null : List.copyOf(items);
    };
  }

  private static List<String> pieces(Object value, String separator) {
    List<String> parts = new ArrayList<>();
    Collection<?> given = value instanceof Collection<?> list ? list : List.of(value);
    for (Object each : given) {
      String text = TextValues.render(each);
      int from = 0;
      for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
        parts.add(text.substring(from, at));
        from = at + separator.length();
      }
      parts.add(text.substring(from));
    }
    return parts;
  }
}
