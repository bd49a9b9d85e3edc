package io.revbridge.routing;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlNode;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.model.TaskType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Loads {@code sequences.yaml} from a playbook folder (absent: no sequences), reporting every problem with its line. */
public final class SequencesLoader {
  public static final String FILE = "sequences.yaml";
  private static final List<String> KEYS = List.of("name", "trigger", "steps");
  private static final List<String> STEP_KEYS = List.of("day", "channel", "subject", "body");
  private static final Map<String, TaskType> CHANNELS = Map.of("email", TaskType.EMAIL, "call", TaskType.CALL,
      "executive-call", TaskType.CALL, "linkedin", TaskType.TODO);

  private SequencesLoader() {}

  /** @throws PlaybookException listing every problem found */
  public static List<Sequence> load(PlaybookFiles files) {
    Optional<String> text = files.read(FILE);
    if (text.isEmpty()) {
      return List.of();
    }
    List<MappingProblem> sink = new ArrayList<>();
    Problems problems = new Problems(files.location(FILE), sink);
    YamlNode root = YamlDocuments.parse(files.location(FILE), text.get(), sink,
        "write `sequences:` (see mappings/playbook/sequences.yaml), or delete it").orElse(null);
    List<Sequence> sequences = new ArrayList<>();
    if (root instanceof YamlNode.Map map) {
      YamlChecks.knownKeys(map, List.of("sequences"), "", problems);
      List<YamlNode> nodes = PlaybookYaml.list(map, "sequences", "", problems, "[{name: demo_no_show, ...}]");
      Set<String> names = new HashSet<>();
      for (int i = 0; i < nodes.size(); i++) {
        String path = "sequences[" + i + "]";
        sequence(nodes.get(i), path, problems).ifPresent(s -> {
          if (!names.add(s.name())) {
            problems.add(null, path + ".name", "a second sequence named `" + s.name() + "`", "give each its own name");
          }
          sequences.add(s);
        });
      }
    } else if (root != null) {
      problems.add(null, null, "sequences.yaml must be a map with `sequences:`", "see mappings/playbook/sequences.yaml");
    }
    if (!sink.isEmpty()) {
      throw new PlaybookException(sink);
    }
    return sequences;
  }

  private static Optional<Sequence> sequence(YamlNode node, String path, Problems problems) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{name: demo_no_show, trigger: {...}, steps: [...]}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, KEYS, path, problems);
    String name = YamlChecks.requiredText(map, "name", path, problems, "name: demo_no_show");
    SequenceTrigger trigger = null;
    YamlNode.Map t = map.entry("trigger").map(e -> PlaybookYaml.asMap(e.value(), path + ".trigger", problems,
        "{status: DEMO_NO_SHOW}")).orElse(null);
    if (t == null || t.entries().size() != 1) {
      problems.add(t == null ? map.mark() : t.mark(), path + ".trigger", "a sequence needs one trigger",
          "e.g. trigger: {status: DEMO_NO_SHOW}, {lifecycle: marketingqualifiedlead}, {routed: COLD} or {mql: crossed}");
    } else {
      YamlNode.Entry e = t.entries().get(0);
      String value = YamlChecks.text(t, e.key(), path + ".trigger", problems, e.key() + ": VALUE");
      if (!SequenceTrigger.KINDS.contains(e.key())) {
        problems.add(e.keyMark(), path + ".trigger." + e.key(), "unknown trigger `" + e.key() + "`",
            "use one of: " + String.join(", ", SequenceTrigger.KINDS));
      } else if ("mql".equals(e.key()) && value != null && !SequenceTrigger.MQL_CROSSED.equals(value)) {
        problems.add(e.keyMark(), path + ".trigger.mql", "an mql trigger fires when the MQL score crosses its "
            + "threshold, not on `" + value + "`", "write trigger: {mql: " + SequenceTrigger.MQL_CROSSED + "}");
      } else if (value != null) {
        trigger = new SequenceTrigger(e.key(), value);
      }
    }
    List<SequenceStep> steps = new ArrayList<>();
    List<YamlNode> nodes = PlaybookYaml.list(map, "steps", path, problems, "[{day: 0, channel: email, ...}]");
    for (int i = 0; i < nodes.size(); i++) {
      step(nodes.get(i), path + ".steps[" + i + "]", problems).ifPresent(steps::add);
    }
    if (nodes.isEmpty()) {
      problems.add(map.mark(), path + ".steps", "a sequence needs at least one step", "add `- {day: 0, channel: email, ...}`");
    }
    return name == null || trigger == null ? Optional.empty() : Optional.of(new Sequence(name, trigger, steps));
  }

  private static Optional<SequenceStep> step(YamlNode node, String path, Problems problems) {
    YamlNode.Map map = PlaybookYaml.asMap(node, path, problems, "{day: 1, channel: call, subject: ..., body: ...}");
    if (map == null) {
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, STEP_KEYS, path, problems);
    int day = PlaybookYaml.integer(map, "day", path, problems, 0, 0, 365);
    String channel = YamlChecks.requiredText(map, "channel", path, problems, "channel: email");
    if (channel != null && !CHANNELS.containsKey(channel)) {
      problems.add(YamlChecks.valueMark(map, "channel"), path + ".channel", "unknown channel `" + channel + "`",
          "use one of: " + String.join(", ", CHANNELS.keySet().stream().sorted().toList()));
      return Optional.empty();
    }
    TaskTemplate subject = template(map, "subject", path, problems);
    TaskTemplate body = template(map, "body", path, problems);
    return channel == null || subject == null || body == null ? Optional.empty()
        : Optional.of(new SequenceStep(day, channel, CHANNELS.get(channel), subject, body));
  }

  private static TaskTemplate template(YamlNode.Map map, String key, String path, Problems problems) {
    String text = YamlChecks.requiredText(map, key, path, problems, key + ": \"Hi {{first_name}}\"");
    if (text == null) {
      return null;
    }
    TaskTemplate template = new TaskTemplate(text);
    for (String token : template.unknownTokens()) {
      problems.add(YamlChecks.valueMark(map, key), path + "." + key, "unknown token {{" + token + "}}",
          "use one of: " + String.join(", ", TaskTemplate.FALLBACKS.keySet().stream().sorted().toList()));
    }
    return template;
  }
}
