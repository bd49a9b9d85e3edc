package io.revbridge.mapping;

import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformContext;
import io.revbridge.spi.CrmRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One entry read into one canonical target, compiled: the CRM fields to read, the transforms, the conversion to
 * the target's type and the slot the value goes to are all fixed when the file is loaded.
 *
 * @param crmFields read in order, the first with a value wins (coalesce); empty when the value comes from the
 *     mapping itself ({@code constant})
 * @param combined the first transform combines the fields ({@code any}, {@code max}): it gets every value that is
 *     not blank, as a list, instead of the first
 */
record InboundRule(List<String> crmFields, String target, int slot, UnaryOperator<Object> coercion,
    List<Transform> transforms, boolean combined) {
  InboundRule {
    crmFields = List.copyOf(crmFields);
    transforms = List.copyOf(transforms);
  }

  /** @throws io.revbridge.mapping.transform.BadValueException when a transform or the target type refuses the value */
  Object map(CrmRecord record, TransformContext context) {
    Object value = combined ? values(record) : first(record);
    for (int i = 0, n = transforms.size(); i < n; i++) {
      value = blankToNull(transforms.get(i).apply(value, context));
    }
    return coercion.apply(value);
  }

  /** For messages: the CRM value the rule read, or, for a combining rule, every value it saw. */
  String raw(CrmRecord record) {
    if (!combined) {
      return first(record);
    }
    List<String> values = values(record);
    return values == null ? null : String.join(", ", values);
  }

  /** Every CRM value that is not blank, in the listed order, or {@code null} when there is none. */
  private List<String> values(CrmRecord record) {
    List<String> values = new ArrayList<>(crmFields.size());
    for (int i = 0, n = crmFields.size(); i < n; i++) {
      String value = record.field(crmFields.get(i));
      if (value != null && !value.isBlank()) {
        values.add(value);
      }
    }
    return values.isEmpty() ? null : values;
  }

  /** The first CRM value that is not blank, or {@code null}. */
  private String first(CrmRecord record) {
    for (int i = 0, n = crmFields.size(); i < n; i++) {
      String value = record.field(crmFields.get(i));
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** For messages: the CRM field, the fields tried in turn, or what stands in for them. */
  String source() {
    return crmFields.isEmpty() ? "(constant)" : String.join(combined ? " and " : " or ", crmFields);
  }

  static Object blankToNull(Object value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }
}
