package io.revbridge.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** When a rep works, in the rep's own time zone; {@code to} is exclusive. */
public record WorkingHours(Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone) {
  public WorkingHours {
    days = Set.copyOf(days);
  }

  public boolean contains(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
  }
}
