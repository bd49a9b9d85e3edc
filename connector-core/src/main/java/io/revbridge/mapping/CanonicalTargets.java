package io.revbridge.mapping;

import io.revbridge.model.RecordRef;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Derives the inbound targets of a canonical record from its components by reflection, so the list of valid
 * targets cannot drift from the model: a new {@code Person} field is mappable the moment it exists.
 * Components that are themselves model records ({@code intent}, {@code timing}) contribute dotted paths.
 */
public final class CanonicalTargets {
  /** Components the engine fills from the CRM record itself; mapping files cannot target them. */
  public static final Set<String> SET_BY_ENGINE = Set.of("ref", "modifiedAt");

  private CanonicalTargets() {}

  /** Path to Java type (primitive types kept, so callers know a missing value means 0 or false). */
  public static Map<String, Class<?>> derive(Class<? extends Record> recordType) {
    Map<String, Class<?>> targets = new LinkedHashMap<>();
    for (RecordComponent component : recordType.getRecordComponents()) {
      if (!SET_BY_ENGINE.contains(component.getName())) {
        add(targets, "", component);
      }
    }
    return Collections.unmodifiableMap(targets);
  }

  private static void add(Map<String, Class<?>> targets, String prefix, RecordComponent component) {
    String path = prefix + component.getName();
    Class<?> type = component.getType();
    if (isNested(type)) {
      for (RecordComponent inner : type.getRecordComponents()) {
        add(targets, path + ".", inner);
      }
    } else {
      targets.put(path, type);
    }
  }

  /** A model record held inside another ({@code IntentSignals}); a {@link RecordRef} is a value, not nested. */
  static boolean isNested(Class<?> type) {
    return type.isRecord() && type != RecordRef.class
        && type.getPackageName().equals(RecordRef.class.getPackageName());
  }
}
