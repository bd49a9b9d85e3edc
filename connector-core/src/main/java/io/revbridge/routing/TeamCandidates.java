package io.revbridge.routing;

import io.revbridge.model.Owner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reps of one team for one lead: matched to the CRM's owners by email, with inactive, unknown, absent and
 * off-hours reps told apart, and the slots the round robin may choose from. Reps in working hours come first;
 * off-hours reps are used only when nobody of the team is working.
 */
final class TeamCandidates {
  final List<CandidateTrace> traces = new ArrayList<>();
  final List<Slot> slots = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  TeamCandidates(Team team, Optional<String> level, List<Owner> owners, Instant now) {
    Map<String, Owner> byEmail = new LinkedHashMap<>();
    owners.forEach(o -> byEmail.putIfAbsent(key(o), o));
    List<Rep> reps = team.anyActiveOwner() ? everyActiveOwner(owners, team.defaultCapacity()) : team.reps();
    boolean levelKnown = level.isPresent() && reps.stream().anyMatch(r -> level.get().equalsIgnoreCase(r.level())
        && usable(byEmail.get(r.email()), r, now));
    if (level.isPresent() && !levelKnown) {
      notes.add("no available " + level.get() + " rep in team " + team.name() + ", so any level");
    }
    List<Slot> working = new ArrayList<>();
    List<Slot> offHours = new ArrayList<>();
    for (Rep rep : reps) {
      Owner owner = byEmail.get(rep.email());
      String status;
      if (owner == null) {
        status = "not-in-crm";
      } else if (!owner.active()) {
        status = "inactive";
      } else if (levelKnown && !level.get().equalsIgnoreCase(rep.level())) {
        status = "other-level";
      } else if (rep.isOutOfOffice(now)) {
        status = "out-of-office";
      } else if (!rep.isWorking(now)) {
        status = "off-hours";
        offHours.add(new Slot(owner.id(), rep.weight(), rep.capacity()));
      } else {
        status = "available";
        working.add(new Slot(owner.id(), rep.weight(), rep.capacity()));
      }
      traces.add(new CandidateTrace(rep.email(), owner == null ? null : owner.id(), status));
    }
    if (working.isEmpty() && !offHours.isEmpty()) {
      notes.add("nobody in team " + team.name() + " is working now, so off-hours reps");
    }
    slots.addAll(working.isEmpty() ? offHours : working);
  }

  private static boolean usable(Owner owner, Rep rep, Instant now) {
    return owner != null && owner.active() && !rep.isOutOfOffice(now);
  }

  private static List<Rep> everyActiveOwner(List<Owner> owners, int capacity) {
    return owners.stream().filter(Owner::active).sorted(Comparator.comparing(Owner::id))
        .map(o -> new Rep(key(o), capacity, 1, null, Optional.empty(), List.of())).toList();
  }

  /** Reps are matched by email; an owner the CRM gives no email is still found by its id in any-owner teams. */
  private static String key(Owner o) {
    return o.email() == null || o.email().isBlank() ? "id:" + o.id() : o.email().toLowerCase();
  }
}
