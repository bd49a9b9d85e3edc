package io.revbridge.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values read so far for one section (the root, {@code store}, one connection), by short key name.
 * Keys are read in declaration order, so a validator or default can look at the keys declared before its
 * own (the connection's {@code crm} decides the default {@code objects}).
 */
final class Section {
  private final Map<String, Object> values = new LinkedHashMap<>();

  void put(String name, Object value) {
    values.put(name, value);
  }

  Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Optional<String> string(String name) {
    return get(name).filter(String.class::isInstance).map(String.class::cast);
  }

  /** The connection's CRM, when this section has a valid {@code crm}. */
  Optional<CrmKind> crm() {
    return string("crm").flatMap(CrmKind::byName);
  }

  /** The value of a key that is known to be set (required, or with a default). */
  <T> T required(String name, Class<T> type) {
    return type.cast(Objects.requireNonNull(values.get(name), name));
  }

  <T> Optional<T> optional(String name, Class<T> type) {
    return get(name).map(type::cast);
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String name) {
    return (List<String>) required(name, List.class);
  }

  @SuppressWarnings("unchecked")
  Map<String, String> stringMap(String name) {
    return (Map<String, String>) get(name).orElse(Map.of());
  }

  Section section(String name) {
    return required(name, Section.class);
  }

  @SuppressWarnings("unchecked")
  List<Section> sections(String name) {
    return (List<Section>) required(name, List.class);
  }
}
