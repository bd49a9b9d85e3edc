package io.revbridge.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A rep of a team, matched to a CRM owner by email (case-insensitive).
 *
 * @param capacity most leads the rep holds open at once (see {@link RoutingPlaybook#openLeadDays()})
 * @param weight share of the team's round robin relative to the other reps; at least 1
 * @param level {@code senior}, {@code mid}, {@code junior} or any word the playbook's levels use; may be null
 * @param phone the rep's mobile number in E.164 form for SMS notifications; null for none
 */
public record Rep(String email, int capacity, int weight, String level, Optional<WorkingHours> hours,
    List<Absence> outOfOffice, String phone) {
  /** E.164: a plus, the country code and the number, 7 to 15 digits in all. */
  public static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+[1-9][0-9]{6,14}");

  public Rep {
    outOfOffice = List.copyOf(outOfOffice);
  }

  /** A rep without a phone number (no SMS). */
  public Rep(String email, int capacity, int weight, String level, Optional<WorkingHours> hours,
      List<Absence> outOfOffice) {
    this(email, capacity, weight, level, hours, outOfOffice, null);
  }

  public boolean isOutOfOffice(Instant at) {
    if (outOfOffice.isEmpty()) {
      return false; // most reps: no absence to place in their time zone
    }
    ZoneId zone = hours.map(WorkingHours::zone).orElse(ZoneOffset.UTC);
    return outOfOffice.stream().anyMatch(a -> a.covers(at, zone));
  }

  /** True when the rep has no working hours set, or {@code at} falls inside them. */
  public boolean isWorking(Instant at) {
    return hours.map(h -> h.contains(at)).orElse(true);
  }
}
