package io.revbridge.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An out-of-office period, both days included, read in the rep's time zone. */
public record Absence(LocalDate from, LocalDate to) {
  public boolean covers(Instant at, ZoneId zone) {
    LocalDate day = at.atZone(zone).toLocalDate();
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
