package io.revbridge.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every loaded object mapping, looked up by CRM and object type. Immutable. */
public final class MappingSet {
  private final Map<String, ObjectMapping> byObject;
  private final List<ObjectMapping> all;

  MappingSet(List<ObjectMapping> mappings) {
    Map<String, ObjectMapping> map = new LinkedHashMap<>();
    for (ObjectMapping mapping : mappings) {
      map.put(key(mapping.crm(), mapping.objectType()), mapping);
    }
    this.byObject = Map.copyOf(map);
    this.all = List.copyOf(mappings);
  }

  /** @param objectType the CRM's object type exactly as in the file, e.g. {@code contacts} or {@code Lead} */
  public Optional<ObjectMapping> forObject(String crm, String objectType) {
    return Optional.ofNullable(byObject.get(key(crm, objectType)));
  }

  /** In file order. */
  public List<ObjectMapping> all() {
    return all;
  }

  private static String key(String crm, String objectType) {
    return crm + "/" + objectType;
  }
}
