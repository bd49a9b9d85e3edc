package io.revbridge.app.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month ({@code 2026-11}) or quarter ({@code 2026-Q4}) in UTC, as the team page reports on it.
 *
 * @param months 1 or 3: a quarter's targets are three months'
 */
record Period(String label, LocalDate start, LocalDate endExclusive, int months) {
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  static Period month(YearMonth m) {
    return new Period(m.toString(), m.atDay(1), m.plusMonths(1).atDay(1), 1);
  }

  static Period quarter(int year, int q) {
    LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
    return new Period(year + "-Q" + q, start, start.plusMonths(3), 3);
  }

  static Period quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The period a user asked for; the month of {@code today} when absent or not understood. */
  static Period parse(String text, LocalDate today) {
    if (text != null) {
      Matcher m = MONTH.matcher(text.strip());
      if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      Matcher q = QUARTER.matcher(text.strip());
      if (q.matches()) {
        return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
      }
    }
    return month(YearMonth.from(today));
  }

  Period previous() {
    return months == 1 ? month(YearMonth.from(start).minusMonths(1)) : quarterOf(start.minusMonths(3));
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(endExclusive);
  }

  Instant from() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  Instant to() {
    return endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
