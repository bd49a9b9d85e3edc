package io.revbridge.routing;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Owner;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.Grade;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.MqlScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes one lead by the playbook: labels it with every dimension, evaluates the rules in order until one matches,
 * and carries out that rule's action. Pure apart from the {@link RepPicker}, whose round robin is the only state;
 * with a picker that only peeks, deciding changes nothing (explain, dry runs).
 */
public final class RoutingEngine {
  /** Reps listed per decision: enough to audit a team, bounded for teams of every CRM owner. */
  private static final int MAX_TRACED = 25;

  private final RoutingPlaybook playbook;
  private final RepPicker picker;
  /** Per rule of the playbook, in order, its conditions ready to test. */
  private final List<List<ConditionCheck>> checks;

  public RoutingEngine(RoutingPlaybook playbook, RepPicker picker) {
    this.playbook = playbook;
    this.picker = picker;
    this.checks = playbook.rules().stream()
        .map(rule -> rule.when().stream().map(ConditionCheck::new).toList()).toList();
  }

  public RoutingPlaybook playbook() {
    return playbook;
  }

  /**
   * @param owners the connection's CRM owners; inactive ones are never chosen
   */
  public RoutingDecision decide(EnrichedPerson lead, LeadScore score, List<Owner> owners, Instant now) {
    return decide(lead, score, new Facts(lead, score, Optional.empty(), false), owners, now);
  }

  /**
   * As {@link #decide(EnrichedPerson, LeadScore, List, Instant)}, with the lead's MQL score for rules on
   * {@code mql.score}, {@code mql.qualified} and {@code mql.crossed}.
   *
   * @param mqlCrossed whether the MQL score reached its threshold on this pass (the "MQL crossed" event)
   */
  public RoutingDecision decide(EnrichedPerson lead, LeadScore score, MqlScore mql, boolean mqlCrossed,
      List<Owner> owners, Instant now) {
    return decide(lead, score, new Facts(lead, score, Optional.of(mql), mqlCrossed), owners, now);
  }

  private RoutingDecision decide(EnrichedPerson lead, LeadScore score, Facts facts, List<Owner> owners,
      Instant now) {
    Person person = lead.person();
    Map<String, String> labels = new LinkedHashMap<>();
    String matchedTeam = null;
    String teamWhy = null;
    for (Dimension dimension : playbook.dimensions()) {
      Optional<Bucket> bucket = dimension.bucketOf(facts);
      if (bucket.isPresent()) {
        labels.put(dimension.name(), bucket.get().label());
        facts.put(dimension.name(), bucket.get().label());
        if (matchedTeam == null && bucket.get().team() != null) {
          matchedTeam = bucket.get().team();
          teamWhy = dimension.name() + " is " + bucket.get().label();
        }
      }
    }
    List<RuleTrace> traces = new ArrayList<>();
    RoutingRule matched = null;
    for (int r = 0; r < playbook.rules().size(); r++) {
      RoutingRule rule = playbook.rules().get(r);
      List<String> why = new ArrayList<>();
      boolean all = true;
      for (ConditionCheck condition : checks.get(r)) {
        ConditionCheck.Result check = condition.test(facts);
        why.add(check.why());
        all &= check.passed();
      }
      if (rule.when().isEmpty()) {
        why.add("no conditions");
      }
      traces.add(new RuleTrace(rule.name(), all, why));
      if (all) {
        matched = rule;
        break;
      }
    }
    Outcome outcome = new Outcome();
    if (matched == null) {
      outcome.reasons.add("no rule matched; owner unchanged");
      outcome.ownerId = person.ownerId();
    } else {
      RuleAction action = matched.then();
      outcome.team = action.team() != null ? action.team() : matchedTeam;
      if (action.team() == null && teamWhy != null) {
        outcome.reasons.add("team " + matchedTeam + " because " + teamWhy);
      }
      chooseOwner(person, score, action, facts, owners, now, outcome);
    }
    Optional<RoutingDecision.BattleCard> card = Optional.ofNullable(matched).map(r -> r.then().battleCardField())
        .map(facts::get).map(Object::toString)
        .flatMap(c -> playbook.battleCard(c).map(text -> new RoutingDecision.BattleCard(c, text)));
    RuleAction action = matched == null ? null : matched.then();
    return new RoutingDecision(person.ref().key(), facts.used(), labels, traces, matched == null ? null : matched.name(),
        outcome.team, outcome.candidates, outcome.ownerId, outcome.changesOwner, outcome.reasons,
        action != null && action.notifyNow(), sla(action, score),
        action == null ? null : action.flag(), card);
  }

  /** The rule name a reassignment after an SLA breach is audited under. */
  public static final String SLA_ESCALATION = "sla-escalation";

  /**
   * Moves a lead whose owner breached its first-touch SLA to the next available rep of the same team, by the same
   * weighted round robin (capacity, out-of-office and working hours respected, the breaching owner left out), else
   * to the team's fallback owner. When nobody else is available the lead keeps its owner. The new owner gets the
   * grade's SLA from now.
   */
  public RoutingDecision reassign(Person person, String teamName, String breachedOwner, Grade grade,
      List<Owner> owners, Instant now) {
    Outcome out = new Outcome();
    out.team = teamName;
    out.reasons.add("first-touch SLA breached by " + nameOf(breachedOwner, owners) + ", so the next rep of team "
        + teamName);
    Team team = playbook.teams().get(teamName);
    if (team == null) {
      out.reasons.add("team " + teamName + " is no longer in the playbook; owner unchanged");
      out.ownerId = person.ownerId();
    } else {
      TeamCandidates candidates = new TeamCandidates(team, playbook.level(grade), owners, now);
      out.reasons.addAll(candidates.notes);
      List<Slot> others = candidates.slots.stream().filter(slot -> !slot.ownerId().equals(breachedOwner)).toList();
      RecordRef ref = person.ref();
      Pick pick = others.isEmpty() ? new Pick(Optional.empty(), List.of(), false)
          : picker.pick(ref.connection() + "/" + team.name(), ref, others, now);
      for (CandidateTrace trace : candidates.traces) {
        String status = breachedOwner.equals(trace.ownerId()) ? "breached-sla"
            : pick.ownerId().filter(id -> id.equals(trace.ownerId())).isPresent() ? "chosen"
            : trace.ownerId() != null && pick.atCapacity().contains(trace.ownerId())
                && trace.status().equals("available") ? "at-capacity" : trace.status();
        if (out.candidates.size() < MAX_TRACED || status.equals("chosen")) {
          out.candidates.add(new CandidateTrace(trace.email(), trace.ownerId(), status));
        }
      }
      Optional<Owner> fallback = owners.stream().filter(Owner::active)
          .filter(o -> team.fallback() != null && team.fallback().equalsIgnoreCase(o.email()))
          .filter(o -> !o.id().equals(breachedOwner)).findFirst();
      if (pick.ownerId().isPresent()) {
        assign(out, pick.ownerId().get(), "weighted round robin, " + nameOf(pick.ownerId().get(), owners), person);
      } else if (fallback.isPresent()) {
        assign(out, fallback.get().id(), "nobody else available, team fallback " + fallback.get().displayName(),
            person);
      } else {
        out.reasons.add("nobody else available in team " + teamName + " and no other fallback owner; owner unchanged");
        out.ownerId = person.ownerId();
      }
    }
    List<RuleTrace> traces = List.of(new RuleTrace(SLA_ESCALATION, true,
        List.of("sla_escalation lists reassign and the first-touch SLA was breached")));
    return new RoutingDecision(person.ref().key(), Map.of("sla.breachedBy", breachedOwner, "sla.grade", grade.name()),
        Map.of(), traces, SLA_ESCALATION, out.team, out.candidates, out.ownerId, out.changesOwner, out.reasons, false,
        out.changesOwner ? Optional.ofNullable(playbook.slas().get(grade)) : Optional.empty(), null, Optional.empty());
  }

  /** The rule's SLA, else the grade's, once routing has an owner to hold to it. */
  private Optional<java.time.Duration> sla(RuleAction action, LeadScore score) {
    if (action == null) {
      return Optional.empty();
    }
    return action.sla().or(() -> Optional.ofNullable(playbook.slas().get(score.grade())));
  }

  private void chooseOwner(Person person, LeadScore score, RuleAction action, Facts facts, List<Owner> owners,
      Instant now, Outcome out) {
    if (person.hasOwner() && !action.reassign()) {
      out.ownerId = person.ownerId();
      out.reasons.add("kept owner " + person.ownerId() + ", set before routing (the rule does not reassign)");
      return;
    }
    if (action.owner() == OwnerSource.NONE) {
      out.reasons.add("the rule leaves the lead unowned");
      return;
    }
    if (action.owner() == OwnerSource.ACCOUNT_OWNER) {
      Object accountOwner = Optional.ofNullable(facts.get("person.accountOwnerId")).orElse(facts.get("company.ownerId"));
      Optional<Owner> owner = owners.stream().filter(o -> accountOwner != null && o.id().equals(accountOwner.toString()))
          .findFirst();
      if (owner.isPresent() && owner.get().active()) {
        assign(out, owner.get().id(), "account owner " + owner.get().displayName(), person);
        return;
      }
      out.reasons.add(accountOwner == null ? "no account owner known, so round robin"
          : "account owner " + accountOwner + " is not an active CRM owner, so round robin");
    }
    if (playbook.nurture(score.grade())) {
      out.reasons.add("grade " + score.grade() + " goes to marketing nurture, no owner");
      return;
    }
    Team team = out.team == null ? null : playbook.teams().get(out.team);
    if (team == null) {
      out.reasons.add("no team matched, owner unchanged");
      out.ownerId = person.ownerId();
      return;
    }
    TeamCandidates candidates = new TeamCandidates(team, playbook.level(score.grade()), owners, now);
    out.reasons.addAll(candidates.notes);
    RecordRef ref = person.ref();
    Pick pick = candidates.slots.isEmpty() ? new Pick(Optional.empty(), List.of(), false)
        : picker.pick(ref.connection() + "/" + team.name(), ref, candidates.slots, now);
    for (CandidateTrace trace : candidates.traces) {
      String status = pick.ownerId().filter(id -> id.equals(trace.ownerId())).isPresent() ? "chosen"
          : trace.ownerId() != null && pick.atCapacity().contains(trace.ownerId()) && trace.status().equals("available")
          ? "at-capacity"
          : trace.status();
      if (out.candidates.size() < MAX_TRACED || status.equals("chosen")) {
        out.candidates.add(new CandidateTrace(trace.email(), trace.ownerId(), status));
      }
    }
    if (candidates.traces.size() > out.candidates.size()) {
      out.reasons.add(candidates.traces.size() + " reps considered; the audit lists " + out.candidates.size());
    }
    if (pick.ownerId().isPresent()) {
      if (pick.repeated()) {
        out.reasons.add("same rep as on an earlier pass, no new turn");
      }
      assign(out, pick.ownerId().get(), "weighted round robin, " + nameOf(pick.ownerId().get(), owners), person);
      return;
    }
    Optional<Owner> fallback = owners.stream().filter(Owner::active)
        .filter(o -> team.fallback() != null && team.fallback().equalsIgnoreCase(o.email())).findFirst();
    if (fallback.isPresent()) {
      assign(out, fallback.get().id(), "nobody available, team fallback " + fallback.get().displayName(), person);
    } else {
      out.reasons.add("nobody available in team " + team.name() + " and no active fallback owner; owner unchanged");
      out.ownerId = person.ownerId();
    }
  }

  private static void assign(Outcome out, String ownerId, String why, Person person) {
    out.ownerId = ownerId;
    out.changesOwner = !ownerId.equals(person.ownerId());
    out.reasons.add(why);
  }

  private static String nameOf(String ownerId, List<Owner> owners) {
    return owners.stream().filter(o -> o.id().equals(ownerId)).findFirst().map(Owner::displayName).orElse(ownerId);
  }

  /** The parts of a decision filled in while choosing the owner. */
  private static final class Outcome {
    String team;
    String ownerId;
    boolean changesOwner;
    final List<String> reasons = new ArrayList<>();
    final List<CandidateTrace> candidates = new ArrayList<>();
  }
}
