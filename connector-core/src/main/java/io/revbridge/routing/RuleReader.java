package io.revbridge.routing;

import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code rules} list of the routing playbook: {@code name}, {@code when} conditions, {@code then} action. */
final class RuleReader {
  private static final List<String> KEYS = List.of("name", "when", "then");
  private static final List<String> ACTION_KEYS =
      List.of("team", "owner", "reassign", "notify", "sla", "flag", "battle_card");
  private static final List<String> OWNERS = List.of("round-robin", "account-owner", "none");

  private final Problems problems;
  private final Set<String> teams;
  private final List<String> dimensions;

  RuleReader(Problems problems, Set<String> teams, List<String> dimensions) {
    this.problems = problems;
    this.teams = teams;
    this.dimensions = dimensions;
  }

  Optional<RoutingRule> rule(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{name: enterprise, when: {...}, then: {...}}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, KEYS, path, problems);
    String name = YamlChecks.requiredText(map, "name", path, problems, "name: enterprise");
    List<Condition> when = new ArrayList<>();
    map.entry("when").ifPresent(e -> {
      if (e.value() instanceof YamlNode.Scalar s && s.text() == null) {
        return; // `when:` with nothing: always
      }
      YamlNode.Map conditions = PlaybookYaml.asMap(e.value(), path + ".when", problems, "{score: {gt: 80}}");
      if (conditions != null) {
        for (YamlNode.Entry c : conditions.entries()) {
          condition(c, path + ".when." + c.key()).ifPresent(when::add);
        }
      }
    });
    YamlNode then = map.entry("then").map(YamlNode.Entry::value).orElse(null);
    if (then == null) {
      problems.add(map.mark(), path + ".then", "missing required key `then`", "add e.g. then: {owner: round-robin}");
      return Optional.empty();
    }
    Optional<RuleAction> action = action(then, path + ".then");
    return name == null || action.isEmpty() ? Optional.empty() : Optional.of(new RoutingRule(name, when, action.get()));
  }

  private Optional<Condition> condition(YamlNode.Entry entry, String path) {
    String field = entry.key();
    if (!Facts.isKnown(field, dimensions)) {
      problems.add(entry.keyMark(), path, "unknown field `" + field + "`", "use a dimension (" + String.join(", ", dimensions)
          + "), score, grade, or a canonical field such as person.source or company.employees");
      return Optional.empty();
    }
    if (!(entry.value() instanceof YamlNode.Map ops)) {
      List<String> values = PlaybookYaml.texts(entry.value(), path, problems);
      return Optional.of(new Condition(field, values.size() == 1 ? Operator.EQ : Operator.IN, values));
    }
    if (ops.entries().size() != 1) {
      problems.add(ops.mark(), path, "a condition has exactly one operator, here " + ops.entries().size(),
          "write one per field, e.g. {gt: 80}");
      return Optional.empty();
    }
    YamlNode.Entry op = ops.entries().get(0);
    Operator operator = Operator.ofWord(op.key());
    if (operator == null) {
      problems.add(op.keyMark(), path + "." + op.key(), "unknown operator `" + op.key() + "`",
          "use one of: " + String.join(", ", Operator.words()));
      return Optional.empty();
    }
    List<String> values = PlaybookYaml.texts(op.value(), path + "." + op.key(), problems);
    if (values.isEmpty()) {
      problems.add(op.value().mark(), path + "." + op.key(), "`" + op.key() + "` needs a value", "e.g. {gt: 80}");
      return Optional.empty();
    }
    if (operator.numeric() && Facts.number(values.get(0)) == null) {
      problems.add(op.value().mark(), path + "." + op.key(), "'" + values.get(0) + "' is not a number",
          "compare with a number, e.g. {gt: 80}");
      return Optional.empty();
    }
    if (operator == Operator.PRESENT && !values.get(0).matches("true|false")) {
      problems.add(op.value().mark(), path + ".present", "`present` is true or false", "present: true");
      return Optional.empty();
    }
    return Optional.of(new Condition(field, operator, values));
  }

  private Optional<RuleAction> action(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{team: enterprise, notify: true}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, ACTION_KEYS, path, problems);
    String team = YamlChecks.text(map, "team", path, problems, "team: enterprise");
    if (team != null && !teams.contains(team)) {
      problems.add(YamlChecks.valueMark(map, "team"), path + ".team", "no team named `" + team + "`",
          "use one of: " + String.join(", ", teams.stream().sorted().toList()));
    }
    String ownerText = Optional.ofNullable(YamlChecks.text(map, "owner", path, problems, "owner: round-robin"))
        .orElse("round-robin");
    if (!OWNERS.contains(ownerText)) {
      problems.add(YamlChecks.valueMark(map, "owner"), path + ".owner", "unknown owner `" + ownerText + "`",
          "use one of: " + String.join(", ", OWNERS));
      ownerText = "round-robin";
    }
    OwnerSource owner = OwnerSource.valueOf(ownerText.toUpperCase().replace('-', '_'));
    String battleCard = YamlChecks.text(map, "battle_card", path, problems, "battle_card: person.currentSolution");
    if (battleCard != null && !Facts.isKnown(battleCard, dimensions)) {
      problems.add(YamlChecks.valueMark(map, "battle_card"), path + ".battle_card", "unknown field `" + battleCard + "`",
          "name the field that holds the competitor, e.g. person.currentSolution");
    }
    return Optional.of(new RuleAction(team, owner, PlaybookYaml.bool(map, "reassign", path, problems),
        PlaybookYaml.bool(map, "notify", path, problems), sla(map, path),
        YamlChecks.text(map, "flag", path, problems, "flag: expansion"), battleCard));
  }

  private Optional<Duration> sla(YamlNode.Map map, String path) {
    String text = YamlChecks.text(map, "sla", path, problems, "sla: 15m");
    if (text == null) {
      return Optional.empty();
    }
    Optional<Duration> parsed = parseDuration(text);
    if (parsed.isEmpty()) {
      problems.add(YamlChecks.valueMark(map, "sla"), path + ".sla", "'" + text + "' is not a duration",
          "write minutes, hours or days: 15m, 2h, 1d");
    }
    return parsed;
  }

  /** {@code 15m}, {@code 2h}, {@code 1d}. */
  static Optional<Duration> parseDuration(String text) {
    if (!text.matches("\\d{1,6}[mhd]")) {
      return Optional.empty();
    }
    long amount = new BigDecimal(text.substring(0, text.length() - 1)).longValueExact();
    return Optional.of(switch (text.charAt(text.length() - 1)) {
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    }).filter(d -> !d.isZero());
  }
}
