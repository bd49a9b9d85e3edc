package io.revbridge.mapping;

import io.revbridge.model.RecordRef;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Map;

/**
 * Builds a canonical record from target paths and already-converted values through its canonical
 * constructor, so the record's own checks (e.g. no negative intent counts) still apply. Unmapped primitives
 * get 0 or false, everything else unmapped is {@code null}.
 */
final class RecordAssembler {
  /** A record's own constructor refused the values; {@code path} is the nested record ("intent") or "". */
  static final class RefusedException extends RuntimeException {
    final String path;

    RefusedException(String path, String reason) {
      super(reason);
      this.path = path;
    }
  }

  private RecordAssembler() {}

  static <R extends Record> R assemble(Class<R> type, Map<String, Object> values, RecordRef ref, Instant modifiedAt) {
    return type.cast(build(type, "", values, ref, modifiedAt));
  }

  /** Builds the nested record at {@code path} alone, e.g. to find which value it refuses. */
  static Object assembleNested(Class<?> type, String path, Map<String, Object> values) {
    return build(type, path + ".", values, null, null);
  }

  private static Object build(Class<?> type, String prefix, Map<String, Object> values, RecordRef ref, Instant modifiedAt) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      Class<?> componentType = components[i].getType();
      types[i] = componentType;
      if (prefix.isEmpty() && name.equals("ref")) {
        args[i] = ref;
      } else if (prefix.isEmpty() && name.equals("modifiedAt")) {
        args[i] = modifiedAt;
      } else if (CanonicalTargets.isNested(componentType)) {
        args[i] = build(componentType, prefix + name + ".", values, null, null);
      } else {
        Object value = values.get(prefix + name);
        args[i] = value == null && componentType.isPrimitive() ? zero(componentType) : value;
      }
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      String path = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
      throw new RefusedException(path, String.valueOf(e.getCause().getMessage()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private static Object zero(Class<?> primitive) {
    if (primitive == boolean.class) {
      return false;
    }
    if (primitive == double.class) {
      return 0.0d;
    }
    if (primitive == float.class) {
      return 0.0f;
    }
    if (primitive == long.class) {
      return 0L;
    }
    if (primitive == char.class) {
      return '\0';
    }
    if (primitive == short.class) {
      return (short) 0;
    }
    if (primitive == byte.class) {
      return (byte) 0;
    }
    return 0;
  }
}
