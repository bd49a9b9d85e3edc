package io.revbridge.forecast;

import java.time.LocalDate;
import java.time.MonthDay;

/** Days from {@code from} to {@code to}, both inclusive, every year; may wrap the new year (Dec 20 – Jan 5). */
public record HolidayPeriod(MonthDay from, MonthDay to) {
  public boolean contains(LocalDate day) {
    MonthDay d = MonthDay.from(day);
    if (!from.isAfter(to)) {
      return !d.isBefore(from) && !d.isAfter(to);
    }
    return !d.isBefore(from) || !d.isAfter(to);
  }
}
