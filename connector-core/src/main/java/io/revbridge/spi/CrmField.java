package io.revbridge.spi;

import java.util.List;

/**
 * A field as the CRM describes it, for {@code discover} and for validating mappings against a live account.
 *
 * @param type the CRM's own type name ({@code string}, {@code number}, {@code picklist}, ...)
 * @param options allowed values of a picklist / enumeration, empty otherwise
 */
public record CrmField(
    String objectType, String name, String label, String type, boolean custom, boolean writable, List<String> options) {
  public CrmField {
    options = options == null ? List.of() : List.copyOf(options);
  }
}
