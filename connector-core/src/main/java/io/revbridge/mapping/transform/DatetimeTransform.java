package io.revbridge.mapping.transform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code datetime} / {@code {datetime: FORMAT}}: inbound, reads a point in time (by default ISO-8601, a date or
 * epoch milliseconds, the forms HubSpot uses); outbound, writes one in that format.
 */
final class DatetimeTransform implements TransformType {
  @Override
  public String name() {
    return "datetime";
  }

  @Override
  public String description() {
    return "reads (inbound) or writes (outbound) a point in time: ISO-8601, epoch_millis or a pattern such as yyyy-MM-dd HH:mm";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public boolean argumentOptional() {
    return true;
  }

  @Override
  public String usage() {
    return "datetime, {datetime: epoch_millis} or {datetime: \"yyyy-MM-dd HH:mm\"}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.DATETIME;
  }

  @Override
  public Transform create(String argument) {
    TimeFormat format = TimeFormat.of(name(), argument);
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      Instant instant = value instanceof Instant given ? given
          : value instanceof LocalDate date ? date.atStartOfDay(ZoneOffset.UTC).toInstant()
          : context.isOutbound() ? TextValues.parseDatetime(TextValues.render(value))
          : format.parseInstant(TextValues.render(value));
      return context.isOutbound() ? format.format(instant) : instant;
    };
  }
}
