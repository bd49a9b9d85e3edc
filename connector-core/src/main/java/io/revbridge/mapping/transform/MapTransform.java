package io.revbridge.mapping.transform;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code {map: {values: {closedwon: WON, ...}, default: OPEN}}}: translates CRM picklist values into canonical
 * ones (a role, a stage). Keys match after trimming, ignoring case. A value not listed becomes {@code default};
 * without a default it is a bad value, so a new picklist value in the CRM is noticed instead of passed on.
 */
final class MapTransform implements TransformType {
  @Override
  public String name() {
    return "map";
  }

  @Override
  public String description() {
    return "translates listed values (ignoring case); anything else becomes `default`, or is a bad value without one";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{map: {values: {closedwon: WON, closedlost: LOST}, default: OPEN}}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }

  @Override
  public Transform create(String argument) {
    return create(argument == null ? null : TransformArgument.text(argument));
  }

  @Override
  public Transform create(TransformArgument argument) {
    if (argument == null) {
      throw new IllegalArgumentException("`map` needs the values to translate");
    }
    Map<String, TransformArgument> fields = argument.asFields("the argument of `map`");
    for (String key : fields.keySet()) {
      if (!key.equals("values") && !key.equals("default")) {
        throw new IllegalArgumentException("`map` knows the keys values and default, not `" + key + "`");
      }
    }
    TransformArgument values = fields.get("values");
    if (values == null) {
      throw new IllegalArgumentException("`map` needs `values`, the CRM values and what each becomes");
    }
    Map<String, String> table = new HashMap<>();
    Map<String, String> listed = new LinkedHashMap<>();
    values.asFields("`map`'s values").forEach((from, to) -> {
      String target = to.asText("the value for `" + from + "`");
      if (table.put(key(from), target) != null) {
        throw new IllegalArgumentException("`map` lists `" + from + "` twice (keys ignore case)");
      }
      listed.put(from, target);
    });
    if (table.isEmpty()) {
      throw new IllegalArgumentException("`map`'s values must not be empty");
    }
    String fallback = fields.containsKey("default") ? fields.get("default").asText("`map`'s default") : null;
    String known = String.join(", ", listed.keySet());
    return (value, context) -> {
      if (value == null) {
        return fallback;
      }
      String found = table.get(key(TextValues.render(value)));
      if (found != null) {
        return found;
      }
      if (fallback == null) {
        throw new BadValueException(TextValues.quote(value) + " is not one of the mapped values (" + known
            + "); add it to `values` or give a `default`");
      }
      return fallback;
    };
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
