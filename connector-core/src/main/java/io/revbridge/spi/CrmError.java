package io.revbridge.spi;

import java.util.List;

/**
 * Why one item (or a whole call) failed, in the CRM's own words.
 *
 * @param code the CRM's error code ({@code INVALID_INTEGER}, {@code REQUIRED_FIELD_MISSING}, HTTP status)
 * @param fields the fields the CRM blamed, if it said
 */
public record CrmError(ErrorKind kind, String code, String message, List<String> fields) {
  public CrmError {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  public static CrmError permanent(String code, String message) {
    return new CrmError(ErrorKind.PERMANENT_ITEM, code, message, List.of());
  }

  @Override
  public String toString() {
    return kind + " " + code + ": " + message + (fields.isEmpty() ? "" : " " + fields);
  }
}
