package io.revbridge.mapping;

import io.revbridge.model.RecordRef;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How to build one canonical record from a flat array of mapped values, worked out once per record type: each
 * component reads a fixed slot, the record's ref or modified time, or a nested record, and the canonical
 * constructor is a method handle. Building a record is then array reads and one constructor call — no
 * reflection, no map lookups. The record's own checks (no negative intent counts) still run, in its
 * constructor. Unmapped primitives get 0 or false, everything else unmapped is {@code null}.
 */
final class RecordPlan {
  private static final int REF = -1;
  private static final int MODIFIED_AT = -2;
  private static final int NESTED = -3;

  /** A record's own constructor refused the values; {@code path} is the nested record ("intent") or "". */
  static final class RefusedException extends RuntimeException {
    final String path;

    RefusedException(String path, String reason) {
      super(reason);
      this.path = path;
    }
  }

  private final String path;
  private final MethodHandle constructor;
  private final int[] sources;
  private final Object[] zeros;
  private final RecordPlan[] nested;
  private final Map<String, RecordPlan> nestedByPath;

  private RecordPlan(String path, MethodHandle constructor, int[] sources, Object[] zeros, RecordPlan[] nested) {
    this.path = path;
    this.constructor = constructor;
    this.sources = sources;
    this.zeros = zeros;
    this.nested = nested;
    Map<String, RecordPlan> byPath = new HashMap<>();
    for (RecordPlan inner : nested) {
      if (inner != null) {
        byPath.put(inner.path, inner);
      }
    }
    this.nestedByPath = Map.copyOf(byPath);
  }

  /** @param slots target path to its index in the value array, as {@link CanonicalKind#slot} numbers them */
  static RecordPlan compile(Class<?> type, Map<String, Integer> slots) {
    return compile(type, "", slots);
  }

  private static RecordPlan compile(Class<?> type, String path, Map<String, Integer> slots) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    int[] sources = new int[components.length];
    Object[] zeros = new Object[components.length];
    RecordPlan[] nested = new RecordPlan[components.length];
    String prefix = path.isEmpty() ? "" : path + ".";
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      types[i] = components[i].getType();
      zeros[i] = zero(types[i]);
      if (path.isEmpty() && name.equals("ref")) {
        sources[i] = REF;
      } else if (path.isEmpty() && name.equals("modifiedAt")) {
        sources[i] = MODIFIED_AT;
      } else if (CanonicalTargets.isNested(types[i])) {
        sources[i] = NESTED;
        nested[i] = compile(types[i], prefix + name, slots);
      } else {
        sources[i] = slots.get(prefix + name);
      }
    }
    try {
      MethodHandle handle = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, types))
          .asSpreader(Object[].class, components.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
      return new RecordPlan(path, handle, sources, zeros, nested);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** @throws RefusedException when the record's constructor refuses a value */
  Object build(Object[] values, RecordRef ref, Instant modifiedAt) {
    Object[] args = new Object[sources.length];
    for (int i = 0; i < sources.length; i++) {
      int source = sources[i];
      Object value = switch (source) {
        case REF -> ref;
        case MODIFIED_AT -> modifiedAt;
        case NESTED -> nested[i].build(values, null, null);
        default -> values[source];
      };
      args[i] = value == null ? zeros[i] : value;
    }
    try {
      return (Object) constructor.invokeExact(args);
    } catch (RuntimeException e) {
      throw new RefusedException(path, String.valueOf(e.getMessage()));
    } catch (Throwable e) {
      throw new IllegalStateException("cannot construct the record at `" + path + "`", e);
    }
  }

  /** The plan of the nested record at a top-level path ("intent"), or {@code null}. */
  RecordPlan nested(String nestedPath) {
    return nestedByPath.get(nestedPath);
  }

  private static Object zero(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == double.class) {
      return 0.0d;
    }
    if (type == float.class) {
      return 0.0f;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == short.class) {
      return (short) 0;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    return 0;
  }
}
