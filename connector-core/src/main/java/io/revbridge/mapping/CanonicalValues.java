package io.revbridge.mapping;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A canonical record as target paths and values ({@code intent.pageViews → 37}), for {@code mappings preview}.
 * Uses reflection: it serves a person reading a screen, never the mapping of records in a sync.
 */
public final class CanonicalValues {
  private CanonicalValues() {}

  /** Every component in record order, nested records flattened to dotted paths; {@code null} values kept. */
  public static Map<String, Object> of(Record record) {
    Map<String, Object> values = new LinkedHashMap<>();
    add(values, "", record);
    return values;
  }

  private static void add(Map<String, Object> values, String prefix, Record record) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getName(), e);
      }
      if (value instanceof Record nested && CanonicalTargets.isNested(nested.getClass())) {
        add(values, prefix + component.getName() + ".", nested);
      } else {
        values.put(prefix + component.getName(), value);
      }
    }
  }
}
