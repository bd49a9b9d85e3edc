package io.revbridge.routing;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.scoring.Grade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code routing.yaml} and the battle cards it names from a playbook folder, checking everything first:
 * every problem in the file is reported at once, each with its line and key.
 */
public final class RoutingPlaybookLoader {
  public static final String FILE = "routing.yaml";
  private static final List<String> KEYS =
      List.of("open_lead_days", "teams", "dimensions", "levels", "battle_cards", "rules", "slas", "sla_reminder_percent",
          "sla_escalation", "first_touch", "closed_statuses");

  private RoutingPlaybookLoader() {}

  /** @throws PlaybookException listing every problem found */
  public static RoutingPlaybook load(PlaybookFiles files) {
    String location = files.location(FILE);
    List<MappingProblem> sink = new ArrayList<>();
    Problems problems = new Problems(location, sink);
    String text = files.read(FILE).orElseThrow(() -> new PlaybookException(List.of(new MappingProblem(location, 0, 0,
        null, "the routing playbook is missing", "add " + FILE + " to the playbook folder (see mappings/playbook/)"))));
    YamlNode root = YamlDocuments.parse(location, text, sink, "start from mappings/playbook/routing.yaml").orElse(null);
    if (!(root instanceof YamlNode.Map map)) {
      if (root != null) {
        problems.add(root.mark(), null, "the routing playbook must be a map of teams, rules, ...",
            "start from mappings/playbook/routing.yaml");
      }
      throw new PlaybookException(sink);
    }
    RoutingPlaybook playbook = read(map, files, problems, location);
    List<Sequence> sequences;
    try {
      sequences = SequencesLoader.load(files);
    } catch (PlaybookException e) {
      sink.addAll(e.problems());
      sequences = List.of();
    }
    if (!sink.isEmpty()) {
      throw new PlaybookException(sink);
    }
    return new RoutingPlaybook(playbook.teams(), playbook.dimensions(), playbook.levels(), playbook.rules(),
        playbook.battleCards(), playbook.openLeadDays(), playbook.slas(), playbook.slaPolicy(), sequences,
        playbook.source(), playbook.closedStatuses());
  }

  private static RoutingPlaybook read(YamlNode.Map map, PlaybookFiles files, Problems problems, String location) {
    YamlChecks.knownKeys(map, KEYS, "", problems);
    int openLeadDays = PlaybookYaml.integer(map, "open_lead_days", "", problems, 90, 1, 3650);
    List<String> closed = map.entry("closed_statuses")
        .map(e -> PlaybookYaml.texts(e.value(), "closed_statuses", problems)).orElse(RoutingPlaybook.DEFAULT_CLOSED);
    Map<String, Team> teams = new LinkedHashMap<>();
    TeamReader teamReader = new TeamReader(problems);
    List<YamlNode> teamNodes = PlaybookYaml.list(map, "teams", "", problems, "[{name: europe, reps: [...]}]");
    for (int i = 0; i < teamNodes.size(); i++) {
      YamlNode node = teamNodes.get(i);
      teamReader.team(node, "teams[" + i + "]").ifPresent(t -> {
        if (teams.putIfAbsent(t.name(), t) != null) {
          problems.add(node.mark(), "teams[" + teams.size() + "].name", "a second team named `" + t.name() + "`",
              "give each team its own name");
        }
      });
    }
    if (teamNodes.isEmpty()) {
      problems.add(map.mark(), "teams", "the playbook has no teams", "add at least one team");
    }
    teams.values().forEach(t -> checkFallback(t, problems, map));
    DimensionReader dimensionReader = new DimensionReader(problems, teams.keySet());
    List<Dimension> dimensions = new ArrayList<>();
    List<YamlNode> dimensionNodes = PlaybookYaml.list(map, "dimensions", "", problems, "[{name: region, ...}]");
    for (int i = 0; i < dimensionNodes.size(); i++) {
      dimensionReader.dimension(dimensionNodes.get(i), "dimensions[" + i + "]").ifPresent(dimensions::add);
    }
    Map<Grade, String> levels = levels(map, problems);
    Map<String, String> cards = battleCards(map, files, problems);
    RuleReader ruleReader = new RuleReader(problems, teams.keySet(), dimensions.stream().map(Dimension::name).toList());
    List<RoutingRule> rules = new ArrayList<>();
    List<YamlNode> ruleNodes = PlaybookYaml.list(map, "rules", "", problems, "[{name: default, then: {...}}]");
    for (int i = 0; i < ruleNodes.size(); i++) {
      ruleReader.rule(ruleNodes.get(i), "rules[" + i + "]").ifPresent(rules::add);
    }
    if (ruleNodes.isEmpty()) {
      problems.add(map.mark(), "rules", "the playbook has no rules", "add at least a last rule with no `when`");
    }
    return new RoutingPlaybook(teams, dimensions, levels, rules, cards, openLeadDays, slas(map, problems),
        slaPolicy(map, problems), List.of(), location, closed);
  }

  private static void checkFallback(Team team, Problems problems, YamlNode.Map root) {
    if (team.fallback() != null && !team.fallback().contains("@")) {
      problems.add(root.mark(), "teams." + team.name() + ".fallback", "'" + team.fallback() + "' is not an email address",
          "write the CRM user's email");
    }
  }

  private static Map<Grade, String> levels(YamlNode.Map map, Problems problems) {
    Map<Grade, String> levels = new EnumMap<>(Grade.class);
    YamlNode.Map node = map.entry("levels")
        .map(e -> PlaybookYaml.asMap(e.value(), "levels", problems, "{HOT: senior, UNQUALIFIED: none}")).orElse(null);
    if (node == null) {
      return levels;
    }
    YamlChecks.knownKeys(node, Arrays.stream(Grade.values()).map(Enum::name).toList(), "levels", problems);
    for (Grade g : Grade.values()) {
      String level = YamlChecks.text(node, g.name(), "levels", problems, g.name() + ": senior");
      if (level != null) {
        levels.put(g, level);
      }
    }
    return levels;
  }

  private static Map<Grade, Duration> slas(YamlNode.Map map, Problems problems) {
    Map<Grade, Duration> slas = new EnumMap<>(Grade.class);
    YamlNode.Map node = map.entry("slas")
        .map(e -> PlaybookYaml.asMap(e.value(), "slas", problems, "{HOT: 15m, WARM: 2h, COLD: 24h}")).orElse(null);
    if (node == null) {
      return slas;
    }
    YamlChecks.knownKeys(node, Arrays.stream(Grade.values()).map(Enum::name).toList(), "slas", problems);
    for (Grade g : Grade.values()) {
      String text = YamlChecks.text(node, g.name(), "slas", problems, g.name() + ": 2h");
      if (text != null) {
        Optional<Duration> d = RuleReader.parseDuration(text);
        if (d.isPresent()) {
          slas.put(g, d.get());
        } else {
          problems.add(YamlChecks.valueMark(node, g.name()), "slas." + g.name(), "'" + text + "' is not a duration",
              "write minutes, hours or days: 15m, 2h, 1d");
        }
      }
    }
    return slas;
  }

  private static SlaPolicy slaPolicy(YamlNode.Map map, Problems problems) {
    int percent = PlaybookYaml.integer(map, "sla_reminder_percent", "", problems, 75, 1, 99);
    List<String> steps = map.entry("sla_escalation")
        .map(e -> PlaybookYaml.texts(e.value(), "sla_escalation", problems)).orElse(SlaPolicy.DEFAULT_STEPS);
    for (String step : steps) {
      if (!SlaPolicy.STEPS.contains(step)) {
        problems.add(YamlChecks.valueMark(map, "sla_escalation"), "sla_escalation", "unknown escalation step `" + step
            + "`", "use " + String.join(" and/or ", SlaPolicy.STEPS));
      }
    }
    List<String> touches = map.entry("first_touch")
        .map(e -> PlaybookYaml.texts(e.value(), "first_touch", problems)).orElse(SlaPolicy.DEFAULT_TOUCHES);
    for (String touch : touches) {
      if (!SlaPolicy.TOUCHES.contains(touch)) {
        problems.add(YamlChecks.valueMark(map, "first_touch"), "first_touch", "unknown first touch `" + touch + "`",
            "use any of " + String.join(", ", SlaPolicy.TOUCHES));
      }
    }
    return new SlaPolicy(percent, steps, touches);
  }

  private static Map<String, String> battleCards(YamlNode.Map map, PlaybookFiles files, Problems problems) {
    Map<String, String> cards = new LinkedHashMap<>();
    map.entry("battle_cards").ifPresent(e -> {
      YamlNode.Map node = PlaybookYaml.asMap(e.value(), "battle_cards", problems, "{pipedrive: battlecards/pipedrive.md}");
      if (node == null) {
        return;
      }
      for (YamlNode.Entry card : node.entries()) {
        String path = YamlChecks.text(node, card.key(), "battle_cards", problems, card.key() + ": battlecards/x.md");
        if (path == null) {
          continue;
        }
        Optional<String> text = path.endsWith(".md") && !path.contains("..") ? files.read(path) : Optional.empty();
        if (text.isEmpty()) {
          problems.add(card.value().mark(), "battle_cards." + card.key(), "no Markdown file " + files.location(path),
              "add the file under the playbook folder, e.g. battlecards/" + card.key().toLowerCase() + ".md");
        } else {
          cards.put(card.key().strip().toLowerCase(), text.get().strip());
        }
      }
    });
    return cards;
  }
}
