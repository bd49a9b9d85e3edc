package io.revbridge.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one sandbox record as the inspection API shows it: every property that has a value
 * (derived ones such as {@code hs_object_id} and the last-modified property included), the record's
 * times, and its associations by object type ({@code "contacts"} to ids). {@code archivedAt} is
 * {@code null} for live records.
 */
public record SandboxRecord(
    String type,
    String id,
    Map<String, String> properties,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt,
    Map<String, List<String>> associations) {

  public SandboxRecord {
    properties = Map.copyOf(properties);
    associations = Map.copyOf(associations);
  }

  /** The value of one property, or {@code null} when the record has none. */
  public String get(String property) {
    return properties.get(property);
  }

  public boolean archived() {
    return archivedAt != null;
  }
}
