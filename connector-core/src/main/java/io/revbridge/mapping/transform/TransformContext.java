package io.revbridge.mapping.transform;

import io.revbridge.model.RecordRef;

/**
 * What a transform may know beyond the value itself.
 *
 * @param record the CRM record being mapped inbound; {@code null} for outbound values, which have no record
 */
public record TransformContext(RecordRef record) {
  private static final TransformContext OUTBOUND = new TransformContext(null);

  public static TransformContext inbound(RecordRef record) {
    return new TransformContext(record);
  }

  /** True for Revbridge results on their way to the CRM; formats then format instead of parse. */
  public boolean isOutbound() {
    return record == null;
  }

  public static TransformContext outbound() {
    return OUTBOUND;
  }
}
