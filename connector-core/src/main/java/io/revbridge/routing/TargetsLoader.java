package io.revbridge.routing;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code targets.yaml} from a playbook folder (absent: no targets), reporting every problem with its file,
 * line and key: an unknown metric, a negative or non-numeric target, an unknown top-level key.
 */
public final class TargetsLoader {
  public static final String FILE = "targets.yaml";
  private static final List<String> KEYS = List.of("monthly", "reps", "belowPercent");

  private TargetsLoader() {}

  /** @throws PlaybookException listing every problem found */
  public static Targets load(PlaybookFiles files) {
    Optional<String> text = files.read(FILE);
    if (text.isEmpty()) {
      return Targets.NONE;
    }
    List<MappingProblem> sink = new ArrayList<>();
    Problems problems = new Problems(files.location(FILE), sink);
    YamlNode root = YamlDocuments.parse(files.location(FILE), text.get(), sink,
        "write `monthly:` with the targets (see mappings/playbook/targets.yaml), or delete the file").orElse(null);
    Targets targets = Targets.NONE;
    if (root instanceof YamlNode.Map map) {
      YamlChecks.knownKeys(map, KEYS, "", problems);
      RepTargets defaults = map.entry("monthly").map(e -> rep(e.value(), "monthly", problems))
          .orElse(new RepTargets(Map.of()));
      Map<String, RepTargets> reps = new LinkedHashMap<>();
      map.entry("reps").ifPresent(e -> {
        YamlNode.Map owners = PlaybookYaml.asMap(e.value(), "reps", problems, "{\"101\": {revenue: 80000}}");
        if (owners != null) {
          for (YamlNode.Entry owner : owners.entries()) {
            reps.put(owner.key(), rep(owner.value(), "reps." + owner.key(), problems));
          }
        }
      });
      int below = PlaybookYaml.integer(map, "belowPercent", "", problems, Targets.NONE.belowPercent(), 1, 100);
      targets = new Targets(defaults, reps, below);
    } else if (root != null) {
      problems.add(null, null, "targets.yaml must be a map with `monthly:`", "see mappings/playbook/targets.yaml");
    }
    if (!sink.isEmpty()) {
      throw new PlaybookException(sink);
    }
    return targets;
  }

  private static RepTargets rep(YamlNode node, String path, Problems problems) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{revenue: 50000, dealsClosed: 5}");
    Map<String, BigDecimal> values = new HashMap<>();
    if (map == null) {
      return new RepTargets(values);
    }
    YamlChecks.knownKeys(map, Targets.METRICS, path, problems);
    for (String metric : Targets.METRICS) {
      if (map.entry(metric).isEmpty()) {
        continue;
      }
      BigDecimal value = PlaybookYaml.decimal(map, metric, path, problems);
      if (value != null && value.signum() < 0) {
        problems.add(YamlChecks.valueMark(map, metric), YamlChecks.path(path, metric),
            "`" + metric + "` is negative", "a target is zero or more");
      } else if (value != null) {
        values.put(metric, value);
      }
    }
    return new RepTargets(values);
  }
}
