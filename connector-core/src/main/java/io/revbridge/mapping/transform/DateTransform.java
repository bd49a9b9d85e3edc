package io.revbridge.mapping.transform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code date} / {@code {date: FORMAT}}: inbound, reads a calendar date (by default ISO {@code 2024-09-11}, or a
 * date-time or epoch milliseconds taken as their UTC date); outbound, writes one in that format.
 */
final class DateTransform implements TransformType {
  @Override
  public String name() {
    return "date";
  }

  @Override
  public String description() {
    return "reads (inbound) or writes (outbound) a calendar date: ISO 2024-09-11, epoch_millis or a pattern such as dd/MM/yyyy";
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
    return "date, {date: epoch_millis} or {date: dd/MM/yyyy}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.DATE;
  }

  @Override
  public Transform create(String argument) {
    TimeFormat format = TimeFormat.of(name(), argument);
    TimeFormat standard = TimeFormat.of(name(), null);
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      LocalDate date = value instanceof LocalDate given ? given
          : value instanceof Instant instant ? instant.atZone(ZoneOffset.UTC).toLocalDate()
          : (context.isOutbound() ? standard : format).parseDate(TextValues.render(value));
      return context.isOutbound() ? format.format(date) : date;
    };
  }
}
