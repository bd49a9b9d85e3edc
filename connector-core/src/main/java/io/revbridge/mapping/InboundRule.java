package io.revbridge.mapping;

import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformContext;
import io.revbridge.spi.CrmRecord;
import java.util.List;

/**
 * One CRM field (or none, for a constant) read into one canonical target.
 *
 * @param crmField {@code null} when the value comes from the mapping itself ({@code constant})
 */
record InboundRule(String crmField, String target, Class<?> targetType, List<Transform> transforms) {
  InboundRule {
    transforms = List.copyOf(transforms);
  }

  /** @throws io.revbridge.mapping.transform.BadValueException when a transform or the target type refuses the value */
  Object map(CrmRecord record) {
    Object value = blankToNull(crmField == null ? null : record.field(crmField));
    TransformContext context = TransformContext.inbound(record.ref());
    for (Transform transform : transforms) {
      value = blankToNull(transform.apply(value, context));
    }
    return ValueCoercion.coerce(value, targetType);
  }

  /** For messages: the CRM field, or what stands in for it. */
  String source() {
    return crmField == null ? "(constant)" : crmField;
  }

  static Object blankToNull(Object value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }
}
