package io.revbridge.spi;

import java.util.List;

/**
 * A field Revbridge writes and therefore needs to exist in the CRM.
 *
 * @param options the allowed values of an {@link FieldType#ENUMERATION} field (e.g. the grades), empty otherwise
 */
public record FieldSpec(
    String objectType, String name, String label, FieldType type, String description, List<String> options) {
  public FieldSpec {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public FieldSpec(String objectType, String name, String label, FieldType type, String description) {
    this(objectType, name, label, type, description, List.of());
  }
}
