package io.revbridge.sandbox.hubspot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The property definitions of one object type. Thread-safe: reads are lock-free, creation is serialised.
 * A created property gets the next storage slot; records grow their value array lazily on first write.
 */
public final class PropertyCatalog {
  private final ObjectType type;
  private final Map<String, PropertyDef> byName = new ConcurrentHashMap<>();
  private final List<PropertyDef> ordered = new CopyOnWriteArrayList<>();
  private int nextSlot;

  PropertyCatalog(ObjectType type, long createdAt) {
    this.type = type;
    for (PropertySpec spec : StandardProperties.of(type)) {
      add(spec, createdAt);
    }
    ordered.forEach(d -> groups.putIfAbsent(d.groupName(), labelFor(d.groupName())));
  }

  public ObjectType type() {
    return type;
  }

  /** The definition, or {@code null} if the portal has no such property. */
  public PropertyDef get(String name) {
    return name == null ? null : byName.get(name);
  }

  /** Property groups by name → label; seeded with the groups of the standard properties. */
  private final Map<String, String> groups = new LinkedHashMap<>();

  /** Group name → label, in creation order. */
  public synchronized Map<String, String> groups() {
    return new LinkedHashMap<>(groups);
  }

  public synchronized boolean hasGroup(String name) {
    return groups.containsKey(name);
  }

  /** Adds a group; false when the name is taken. */
  public synchronized boolean createGroup(String name, String label) {
    return groups.putIfAbsent(name, label) == null;
  }

  public List<PropertyDef> all() {
    return Collections.unmodifiableList(ordered);
  }

  /** Storage slot of a stored property; used by the seeder, which only names properties it knows exist. */
  int slot(String name) {
    PropertyDef def = byName.get(name);
    if (def == null || def.slot() < 0) {
      throw new IllegalStateException("no stored property " + name + " on " + type.plural());
    }
    return def.slot();
  }

  synchronized int slotCount() {
    return nextSlot;
  }

  /** Creates the property, or returns empty when one with that name already exists. */
  synchronized Optional<PropertyDef> create(PropertySpec spec, long now) {
    if (byName.containsKey(spec.name())) {
      return Optional.empty();
    }
    return Optional.of(add(spec, now));
  }

  private synchronized PropertyDef add(PropertySpec spec, long createdAt) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < spec.options().size(); i++) {
      String value = spec.options().get(i);
      String label = i < spec.optionLabels().size() ? spec.optionLabels().get(i) : labelFor(value);
      options.put(value, label);
    }
    int slot = spec.derived() == Derived.NONE ? nextSlot++ : -1;
    PropertyDef def = new PropertyDef(spec.name(), spec.label(), spec.type(), spec.fieldType(), spec.groupName(),
        spec.description(), options, spec.hubspotDefined(), spec.readOnly(), spec.derived(), slot, createdAt);
    byName.put(def.name(), def);
    ordered.add(def);
    return def;
  }

  private static String labelFor(String value) {
    StringBuilder b = new StringBuilder();
    for (String word : value.toLowerCase(Locale.ROOT).split("_")) {
      if (!word.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return b.toString();
  }
}
