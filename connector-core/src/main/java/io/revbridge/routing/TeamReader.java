package io.revbridge.routing;

import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code teams} list of the routing playbook. */
final class TeamReader {
  static final String ANY_ACTIVE_OWNER = "any-active-owner";
  private static final List<String> TEAM_KEYS = List.of("name", "reps", "fallback", "capacity", "manager");
  private static final List<String> REP_KEYS = List.of("email", "weight", "capacity", "level", "phone", "hours",
      "out_of_office");
  private static final List<String> HOURS_KEYS = List.of("days", "from", "to", "zone");

  private final Problems problems;

  TeamReader(Problems problems) {
    this.problems = problems;
  }

  Optional<Team> team(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{name: europe, reps: [...]}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, TEAM_KEYS, path, problems);
    String name = YamlChecks.requiredText(map, "name", path, problems, "name: europe");
    String fallback = YamlChecks.text(map, "fallback", path, problems, "fallback: lead@example.com");
    int capacity = PlaybookYaml.integer(map, "capacity", path, problems, 50, 1, 100_000);
    String manager = YamlChecks.text(map, "manager", path, problems, "manager: lead@example.com");
    YamlNode reps = map.entry("reps").map(YamlNode.Entry::value).orElse(null);
    if (reps == null) {
      problems.add(map.mark(), YamlChecks.path(path, "reps"), "missing required key `reps`",
          "list the reps (`- email: ana@example.com`), or write `reps: " + ANY_ACTIVE_OWNER + "`");
      return Optional.empty();
    }
    if (reps instanceof YamlNode.Scalar s && ANY_ACTIVE_OWNER.equals(s.text())) {
      return name == null ? Optional.empty() : Optional.of(new Team(name, List.of(), true, fallback, capacity, manager));
    }
    if (!(reps instanceof YamlNode.Seq seq)) {
      problems.add(reps.mark(), YamlChecks.path(path, "reps"), "`reps` must be a list or `" + ANY_ACTIVE_OWNER + "`",
          "write `- email: ana@example.com` entries");
      return Optional.empty();
    }
    List<Rep> list = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      rep(seq.items().get(i), path + ".reps[" + i + "]", capacity).ifPresent(list::add);
    }
    return name == null ? Optional.empty() : Optional.of(new Team(name, list, false, fallback, capacity, manager));
  }

  private Optional<Rep> rep(YamlNode node, String path, int teamCapacity) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{email: ana@example.com, weight: 1}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, REP_KEYS, path, problems);
    String email = YamlChecks.requiredText(map, "email", path, problems, "email: ana@example.com");
    if (email != null && !email.contains("@")) {
      problems.add(YamlChecks.valueMark(map, "email"), path + ".email", "'" + email + "' is not an email address",
          "write the CRM user's email, e.g. ana@example.com");
    }
    int weight = PlaybookYaml.integer(map, "weight", path, problems, 1, 1, 1000);
    int capacity = PlaybookYaml.integer(map, "capacity", path, problems, teamCapacity, 1, 100_000);
    String level = YamlChecks.text(map, "level", path, problems, "level: senior");
    String phone = YamlChecks.text(map, "phone", path, problems, "phone: \"+14155550123\"");
    if (phone != null && !Rep.PHONE.matcher(phone).matches()) {
      problems.add(YamlChecks.valueMark(map, "phone"), path + ".phone", "'" + phone + "' is not a phone number in"
          + " E.164 form", "write + and the country code, then the number without spaces, e.g. \"+14155550123\"");
      phone = null;
    }
    Optional<WorkingHours> hours = map.entry("hours").flatMap(e -> hours(e.value(), path + ".hours"));
    List<Absence> away = new ArrayList<>();
    List<YamlNode> periods = PlaybookYaml.list(map, "out_of_office", path, problems, "[{from: 2026-12-24, to: 2027-01-01}]");
    for (int i = 0; i < periods.size(); i++) {
      absence(periods.get(i), path + ".out_of_office[" + i + "]").ifPresent(away::add);
    }
    return email == null ? Optional.empty()
        : Optional.of(new Rep(email.toLowerCase(), capacity, weight, level, hours, away, phone));
  }

  private Optional<WorkingHours> hours(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{days: MON-FRI, from: \"09:00\", to: \"17:00\", zone: Europe/Berlin}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, HOURS_KEYS, path, problems);
    Set<DayOfWeek> days = days(map, path);
    LocalTime from = time(map, "from", path, "09:00");
    LocalTime to = time(map, "to", path, "17:00");
    String zoneText = YamlChecks.text(map, "zone", path, problems, "zone: Europe/Berlin");
    ZoneId zone = ZoneId.of("UTC");
    if (zoneText != null) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (RuntimeException e) {
        problems.add(YamlChecks.valueMark(map, "zone"), path + ".zone", "unknown time zone '" + zoneText + "'",
            "use an IANA zone such as Europe/Berlin or America/New_York");
      }
    }
    if (from != null && to != null && !from.isBefore(to)) {
      problems.add(YamlChecks.valueMark(map, "to"), path + ".to", "`to` (" + to + ") is not after `from` (" + from + ")",
          "working hours must end later the same day");
    }
    return from == null || to == null ? Optional.empty() : Optional.of(new WorkingHours(days, from, to, zone));
  }

  private Set<DayOfWeek> days(YamlNode.Map map, String path) {
    String text = YamlChecks.text(map, "days", path, problems, "days: MON-FRI");
    if (text == null) {
      return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    try {
      for (String part : text.toUpperCase().split("\\s*,\\s*")) {
        String[] range = part.split("\\s*-\\s*");
        DayOfWeek first = day(range[0]);
        DayOfWeek last = day(range[range.length - 1]);
        for (DayOfWeek d = first; ; d = d.plus(1)) {
          days.add(d);
          if (d == last) {
            break;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add(YamlChecks.valueMark(map, "days"), path + ".days", "'" + text + "' is not a list of days",
          "write e.g. MON-FRI or MON,TUE,THU");
    }
    return days;
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(abbreviation) && abbreviation.length() >= 3) {
        return d;
      }
    }
    throw new IllegalArgumentException(abbreviation);
  }

  private LocalTime time(YamlNode.Map map, String key, String path, String example) {
    String text = YamlChecks.requiredText(map, key, path, problems, key + ": \"" + example + "\"");
    try {
      return text == null ? null : LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      problems.add(YamlChecks.valueMark(map, key), path + "." + key, "'" + text + "' is not a time of day",
          "write it as \"" + example + "\" (24-hour, quoted)");
      return null;
    }
  }

  private Optional<Absence> absence(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{from: 2026-12-24, to: 2027-01-01}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, List.of("from", "to"), path, problems);
    LocalDate from = date(map, "from", path);
    LocalDate to = date(map, "to", path);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(YamlChecks.valueMark(map, "to"), path + ".to", "ends (" + to + ") before it starts (" + from + ")",
          "swap `from` and `to`");
      return Optional.empty();
    }
    return from == null || to == null ? Optional.empty() : Optional.of(new Absence(from, to));
  }

  private LocalDate date(YamlNode.Map map, String key, String path) {
    String text = YamlChecks.requiredText(map, key, path, problems, key + ": 2026-12-24");
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(YamlChecks.valueMark(map, key), path + "." + key, "'" + text + "' is not a date",
          "write it as YYYY-MM-DD, e.g. 2026-12-24");
      return null;
    }
  }
}
