package io.revbridge.routing;

import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code dimensions} list of the routing playbook; team names are checked against {@code teams}. */
final class DimensionReader {
  private static final List<String> KEYS = List.of("name", "field", "buckets");
  private static final List<String> BUCKET_KEYS = List.of("label", "in", "min", "max", "team");

  private final Problems problems;
  private final Set<String> teams;

  DimensionReader(Problems problems, Set<String> teams) {
    this.problems = problems;
    this.teams = teams;
  }

  Optional<Dimension> dimension(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{name: region, field: company.region, buckets: [...]}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, KEYS, path, problems);
    String name = YamlChecks.requiredText(map, "name", path, problems, "name: region");
    String field = YamlChecks.requiredText(map, "field", path, problems, "field: company.region");
    if (field != null && !Facts.isKnown(field, List.of())) {
      problems.add(YamlChecks.valueMark(map, "field"), path + ".field", "unknown field `" + field + "`",
          "use a canonical field such as person.source, company.region or company.employees");
    }
    List<Bucket> buckets = new ArrayList<>();
    List<YamlNode> items = PlaybookYaml.list(map, "buckets", path, problems, "[{label: europe, in: [EUROPE], team: europe}]");
    for (int i = 0; i < items.size(); i++) {
      String at = path + ".buckets[" + i + "]";
      bucket(items.get(i), at).ifPresent(b -> {
        if (!buckets.isEmpty() && buckets.get(buckets.size() - 1).isCatchAll()) {
          problems.add(items.get(buckets.size()).mark(), at, "this bucket follows one with no condition, so it never matches",
              "move the bucket without `in`/`min`/`max` to the end");
        }
        buckets.add(b);
      });
    }
    return name == null || field == null ? Optional.empty() : Optional.of(new Dimension(name, field, buckets));
  }

  private Optional<Bucket> bucket(YamlNode node, String path) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{label: europe, in: [EUROPE], team: europe}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, BUCKET_KEYS, path, problems);
    String label = YamlChecks.requiredText(map, "label", path, problems, "label: europe");
    List<String> in = map.entry("in").map(e -> PlaybookYaml.texts(e.value(), path + ".in", problems)).orElse(List.of());
    BigDecimal min = PlaybookYaml.decimal(map, "min", path, problems);
    BigDecimal max = PlaybookYaml.decimal(map, "max", path, problems);
    if (!in.isEmpty() && (min != null || max != null)) {
      problems.add(map.mark(), path, "a bucket has either `in` or `min`/`max`, not both", "split it into two buckets");
    }
    String team = YamlChecks.text(map, "team", path, problems, "team: europe");
    if (team != null && !teams.contains(team)) {
      problems.add(YamlChecks.valueMark(map, "team"), path + ".team", "no team named `" + team + "`",
          "use one of: " + String.join(", ", teams.stream().sorted().toList()));
    }
    return label == null ? Optional.empty() : Optional.of(new Bucket(label, in, min, max, team));
  }
}
