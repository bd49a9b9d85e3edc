package io.revbridge.mapping.transform;

import java.time.Instant;

/** {@code datetime}: reads ISO-8601 or epoch milliseconds, the two forms HubSpot uses. */
final class DatetimeTransform extends NoArgumentType {
  @Override
  public String name() {
    return "datetime";
  }

  @Override
  public String description() {
    return "reads a point in time: ISO-8601 (2024-09-11T13:27:39.356Z), a date (midnight UTC) or epoch milliseconds";
  }

  @Override
  public Object apply(Object value, TransformContext context) {
    if (value == null || value instanceof Instant) {
      return value;
    }
    return TextValues.parseDatetime(TextValues.render(value));
  }
}
