package io.revbridge.app;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.routing.InMemoryRoundRobin;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingDecision;
import io.revbridge.routing.RoutingEngine;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.routing.Team;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.scoring.MqlScore;
import io.revbridge.sync.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Routes one record offline and prints the decision: no CRM call, no store, no round-robin turn taken. The CRM's
 * owners are not known offline, so every rep the playbook lists stands for an active owner whose id is the rep's
 * email, and the round robin starts as if nobody had had a lead.
 */
@Command(mixinStandardHelpOptions = true, name = "explain",
    description = "Route one record offline and print owner, team, rule and reasons as JSON; changes no routing state.")
final class RouteExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OfflineInput in;

  @Option(names = "--playbook", paramLabel = "DIR", description = "Playbook folder (default: the built-in playbook).")
  Path playbook;

  @Option(names = "--at", paramLabel = "ISO", description = "Route as of this time, e.g. 2026-03-04T15:00:00Z "
      + "(working hours, out of office); default: now.")
  Instant at;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MappingSet set = in.loadMappings(null);
    RoutingPlaybook rules = RoutingPlaybookLoader.load(playbook == null ? PlaybookFiles.builtIn() : PlaybookFiles.folder(playbook));
    EnrichedPerson lead;
    try {
      lead = OfflineLead.read(set, in.crm, in.object, in.input);
    } catch (IllegalArgumentException | RecordMappingException e) {
      err.println("error: " + e.getMessage());
      return RevbridgeMain.BAD_INPUT;
    }
    // scored by the same playbook folder's lead-scoring.yaml (built in when the folder has none), as run would
    LeadScorer scorer = new LeadScorer(PlaybookLoader.load(Optional.ofNullable(playbook)).lead());
    LeadScore score = scorer.score(lead);
    MqlScore mql = scorer.mql(lead);
    // Offline there is no earlier score: a qualified lead counts as crossing now, as on its first sync.
    RoutingDecision decision = new RoutingEngine(rules, new InMemoryRoundRobin())
        .decide(lead, score, mql, mql.qualified(), repsAsOwners(rules), at == null ? Clock.systemUTC().instant() : at);
    Map<String, Object> shown = decision.describe();
    shown.put("score", score.score());
    shown.put("grade", score.grade().name());
    shown.put("mql", Map.of("score", mql.score(), "qualified", mql.qualified()));
    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown));
    return RevbridgeMain.OK;
  }

  private static List<Owner> repsAsOwners(RoutingPlaybook playbook) {
    return playbook.teams().values().stream()
        .flatMap(t -> java.util.stream.Stream.concat(t.reps().stream().map(r -> r.email()),
            java.util.stream.Stream.ofNullable(fallback(t))))
        .distinct().sorted()
        .map(email -> new Owner(new RecordRef("explain", "owners", email), Instant.EPOCH, email, null, null, true))
        .toList();
  }

  private static String fallback(Team team) {
    return team.fallback() == null ? null : team.fallback().toLowerCase();
  }
}
