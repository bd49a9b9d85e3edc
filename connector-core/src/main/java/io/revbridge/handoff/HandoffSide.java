package io.revbridge.handoff;

import io.revbridge.mapping.MappedField;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One CRM's side of the hand-off: its connection and its mapping for one person object, which says which CRM field
 * feeds each canonical field. Only plain one-field mappings are synced; a field combined from several is read-only.
 */
public record HandoffSide(CrmConnection connection, ObjectMapping mapping) {
  /** The CRM field that feeds {@code canonical}, when exactly one does. */
  public Optional<String> field(String canonical) {
    List<MappedField> feeding = mapping.mappedFields().stream()
        .filter(f -> !f.outbound() && f.canonical().equals(canonical)).toList();
    return feeding.size() == 1 ? Optional.of(feeding.get(0).crmField()) : Optional.empty();
  }

  /** Canonical field to CRM field, for the fields this side can sync. */
  public Map<String, String> syncable(List<String> canonical) {
    Map<String, String> fields = new LinkedHashMap<>();
    canonical.forEach(c -> field(c).ifPresent(f -> fields.put(c, f)));
    return fields;
  }

  public String objectType() {
    return mapping.objectType();
  }

  /** A canonical person field's value as text, null when empty. */
  public static String value(Person p, String canonical) {
    Object v = switch (canonical) {
      case "email" -> p.email();
      case "firstName" -> p.firstName();
      case "lastName" -> p.lastName();
      case "title" -> p.title();
      case "phone" -> p.phone();
      case "companyName" -> p.companyName();
      case "website" -> p.website();
      case "industry" -> p.industry();
      case "employees" -> p.employees();
      case "country" -> p.country();
      case "state" -> p.state();
      case "city" -> p.city();
      case "source" -> p.source();
      default -> null;
    };
    return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
  }
}
