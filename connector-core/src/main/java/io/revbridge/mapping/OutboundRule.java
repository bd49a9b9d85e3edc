package io.revbridge.mapping;

import io.revbridge.mapping.transform.TextValues;
import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformContext;
import io.revbridge.spi.FieldSpec;
import java.util.List;

/**
 * One Revbridge result written to one CRM field.
 *
 * @param owned the field to create in the CRM when Revbridge owns it; {@code null} for existing fields
 */
record OutboundRule(OutboundSource source, String crmField, List<Transform> transforms, FieldSpec owned) {
  OutboundRule {
    transforms = List.copyOf(transforms);
  }

  /** @return the CRM text, or {@code null} when there is nothing to write */
  String render(Object result) {
    // Transforms see the text form, as they do inbound, so {truncate: N} counts the characters the CRM stores.
    Object value = InboundRule.blankToNull(TextValues.render(result));
    for (Transform transform : transforms) {
      value = InboundRule.blankToNull(transform.apply(value, TransformContext.outbound()));
    }
    return TextValues.render(value);
  }
}
