package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One CRM record in memory. Values live in an array indexed by the property's slot, which keeps 100,000
 * contacts small. Not thread-safe on its own: fields are read under the owning {@link ObjectStore}'s read
 * lock and changed only under its write lock.
 */
public final class StoredRecord {
  private final long id;
  long createdAt;
  long updatedAt;
  long archivedAt;
  private String[] values;
  private Map<ObjectType, List<Long>> associations;
  /** The versions of the properties whose history is kept ({@link HubSpotCrm#HISTORY}), oldest first. */
  private Map<String, List<PropertyVersion>> history;

  StoredRecord(long id, long createdAt, long updatedAt, String[] values) {
    this.id = id;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.values = values;
  }

  /** A key-only record for range lookups in the (modified, id) index. */
  static StoredRecord probe(long updatedAt, long id) {
    return new StoredRecord(id, 0, updatedAt, new String[0]);
  }

  public long id() {
    return id;
  }

  public long createdAt() {
    return createdAt;
  }

  public long updatedAt() {
    return updatedAt;
  }

  public boolean archived() {
    return archivedAt != 0;
  }

  public long archivedAt() {
    return archivedAt;
  }

  /** The stored value, or {@code null} when the property has no value on this record. */
  String get(int slot) {
    return slot >= 0 && slot < values.length ? values[slot] : null;
  }

  /** Stores a value; {@code null} or "" clears it, as an empty string does in HubSpot. */
  void set(int slot, String value) {
    if (slot >= values.length) {
      values = Arrays.copyOf(values, slot + 8);
    }
    values[slot] = value == null || value.isEmpty() ? null : value;
  }

  /** The recorded versions of a property, oldest first; empty when none were recorded. */
  List<PropertyVersion> versions(String property) {
    return history == null ? List.of() : history.getOrDefault(property, List.of());
  }

  void addVersion(String property, PropertyVersion version) {
    if (history == null) {
      history = new HashMap<>(2);
    }
    history.computeIfAbsent(property, p -> new ArrayList<>(4)).add(version);
  }

  List<Long> associations(ObjectType to) {
    if (associations == null) {
      return List.of();
    }
    return associations.getOrDefault(to, List.of());
  }

  Map<ObjectType, List<Long>> allAssociations() {
    return associations == null ? Map.of() : associations;
  }

  void dissociate(ObjectType to, long toId) {
    if (associations != null && associations.containsKey(to)) {
      associations.get(to).remove(toId);
    }
  }

  void associate(ObjectType to, long toId) {
    if (associations == null) {
      associations = new EnumMap<>(ObjectType.class);
    }
    List<Long> ids = associations.computeIfAbsent(to, t -> new ArrayList<>(1));
    if (!ids.contains(toId)) {
      ids.add(toId);
    }
  }
}
