package io.revbridge.handoff;

import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.Problems;
import io.revbridge.mapping.YamlChecks;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import io.revbridge.routing.PlaybookException;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.TaskTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads {@code handoff.yaml} from the playbook folder (a folder without it uses the built-in file), reporting every
 * problem at once with its file, line and key.
 */
public final class HandoffPlaybookLoader {
  public static final String FILE = "handoff.yaml";
  /** Canonical person fields that can be kept in step; both CRMs' mapping files say which field feeds each. */
  public static final List<String> SYNCABLE = List.of("firstName", "lastName", "title", "phone", "companyName",
      "website", "industry", "employees", "country", "state", "city", "source");

  private static final List<String> TOP = List.of("threshold", "rules", "create", "sla", "statuses", "fields",
      "talkingPoints");
  private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*(?:\\|[^}]*)?}}");

  private HandoffPlaybookLoader() {}

  /**
   * @param mqlThreshold lead-scoring.yaml's MQL threshold: the hand-off threshold may not be below it
   * @param sequences the names of the follow-up sequences, for {@code statuses.recycleSequence}
   * @throws PlaybookException listing every problem
   */
  public static HandoffPlaybook load(PlaybookFiles files, int mqlThreshold, Set<String> sequences) {
    PlaybookFiles source = files.read(FILE).isPresent() ? files : PlaybookFiles.builtIn();
    String location = source.location(FILE);
    String text = source.read(FILE).orElse("{}");
    List<MappingProblem> sink = new ArrayList<>();
    Problems problems = new Problems(location, sink);
    YamlNode root = YamlDocuments.parse(location, text, sink, "write `threshold: 70` (see mappings/playbook/handoff.yaml)")
        .orElse(new YamlNode.Map(List.of(), new YamlNode.Mark(1, 1)));
    if (!(root instanceof YamlNode.Map map)) {
      problems.add(root.mark(), "", "handoff.yaml must be a map of keys", "see mappings/playbook/handoff.yaml");
      throw new PlaybookException(sink);
    }
    YamlChecks.knownKeys(map, TOP, "", problems);
    int threshold = integer(map, "threshold", "", problems, HandoffPlaybook.DEFAULT_THRESHOLD, 0, 100);
    if (threshold < mqlThreshold) {
      problems.add(YamlChecks.valueMark(map, "threshold"), "threshold", "the hand-off threshold " + threshold
          + " is below the MQL threshold " + mqlThreshold + " of lead-scoring.yaml, so it could never be reached first",
          "use " + mqlThreshold + " or more");
    }
    YamlNode.Map rules = section(map, "rules", problems, List.of("competitorDomains", "allowFreeMail", "excludeCustomers"));
    YamlNode.Map create = section(map, "create", problems, List.of("status", "leadSource", "lastNameFallback",
        "companyFallback"));
    YamlNode.Map sla = section(map, "sla", problems, List.of("respondHours", "meaningfulContactHours"));
    YamlNode.Map statuses = section(map, "statuses", problems, List.of("accepted", "rejected", "rejectionReasonField",
        "recycleSequence", "won", "lost"));
    String recycle = text(statuses, "recycleSequence", "statuses", problems, "nurture");
    if (!recycle.isEmpty() && !sequences.contains(recycle)) {
      problems.add(YamlChecks.valueMark(statuses, "recycleSequence"), "statuses.recycleSequence",
          "no sequence named `" + recycle + "` in sequences.yaml", "use one of: " + String.join(", ", sequences)
              + ", or leave the key out for no sequence");
    }
    HandoffPlaybook playbook = new HandoffPlaybook(threshold,
        new HandoffPlaybook.Rules(list(rules, "competitorDomains", "rules", problems, List.of()),
            bool(rules, "allowFreeMail", "rules", problems, false), bool(rules, "excludeCustomers", "rules", problems, true)),
        new HandoffPlaybook.Create(text(create, "status", "create", problems, "Open - Not Contacted"),
            text(create, "leadSource", "create", problems, "HubSpot"),
            text(create, "lastNameFallback", "create", problems, "[not provided]"),
            text(create, "companyFallback", "create", problems, "[not provided]")),
        new HandoffPlaybook.Sla(Duration.ofHours(integer(sla, "respondHours", "sla", problems, 2, 1, 24 * 30)),
            Duration.ofHours(integer(sla, "meaningfulContactHours", "sla", problems, 24, 1, 24 * 90))),
        new HandoffPlaybook.Statuses(
            Set.copyOf(list(statuses, "accepted", "statuses", problems, List.of("Working - Contacted", "Qualified"))),
            Set.copyOf(list(statuses, "rejected", "statuses", problems, List.of("Closed - Not Converted", "Unqualified"))),
            text(statuses, "rejectionReasonField", "statuses", problems, "Revbridge_Rejection_Reason__c"),
            recycle,
            Set.copyOf(list(statuses, "won", "statuses", problems, List.of("Closed Won"))),
            Set.copyOf(list(statuses, "lost", "statuses", problems, List.of("Closed Lost")))),
        fields(map, problems),
        talkingPoints(map, problems));
    if (!sink.isEmpty()) {
      throw new PlaybookException(sink);
    }
    return playbook;
  }

  private static Map<String, SyncRule> fields(YamlNode.Map map, Problems problems) {
    Map<String, SyncRule> fields = new LinkedHashMap<>();
    YamlNode.Map node = section(map, "fields", problems, SYNCABLE);
    for (YamlNode.Entry e : node.entries()) {
      if (!SYNCABLE.contains(e.key())) {
        continue; // reported by knownKeys
      }
      String rule = YamlChecks.text(node, e.key(), "fields", problems, e.key() + ": two-way");
      Optional<SyncRule> parsed = SyncRule.of(rule);
      if (rule != null && parsed.isEmpty()) {
        problems.add(e.value().mark(), "fields." + e.key(), "unknown sync rule `" + rule + "`",
            "use one of: " + String.join(", ", SyncRule.names()));
      }
      parsed.ifPresent(r -> fields.put(e.key(), r));
    }
    return fields;
  }

  private static List<TalkingPoint> talkingPoints(YamlNode.Map map, Problems problems) {
    List<TalkingPoint> points = new ArrayList<>();
    YamlNode.Entry entry = map.entry("talkingPoints").orElse(null);
    if (entry == null) {
      return points;
    }
    if (!(entry.value() instanceof YamlNode.Seq seq)) {
      problems.add(entry.value().mark(), "talkingPoints", "must be a list", "e.g. [{when: always, say: \"...\"}]");
      return points;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      String path = "talkingPoints[" + i + "]";
      if (!(seq.items().get(i) instanceof YamlNode.Map point)) {
        problems.add(seq.items().get(i).mark(), path, "must be a map", "e.g. {when: pricingPage, say: \"...\"}");
        continue;
      }
      YamlChecks.knownKeys(point, List.of("when", "say"), path, problems);
      String when = YamlChecks.requiredText(point, "when", path, problems, "when: pricingPage");
      String say = YamlChecks.requiredText(point, "say", path, problems, "say: \"...\"");
      if (when != null && !TalkingPoint.SIGNALS.contains(when)) {
        problems.add(YamlChecks.valueMark(point, "when"), path + ".when", "unknown signal `" + when + "`",
            "use one of: " + String.join(", ", TalkingPoint.SIGNALS));
      }
      if (say != null) {
        TOKEN.matcher(say).results().map(m -> m.group(1)).filter(t -> !TalkingPoint.TOKENS.contains(t)).distinct()
            .forEach(t -> problems.add(YamlChecks.valueMark(point, "say"), path + ".say", "unknown token {{" + t + "}}",
                "use one of: " + String.join(", ", TalkingPoint.TOKENS)));
      }
      if (when != null && say != null) {
        points.add(new TalkingPoint(when, new TaskTemplate(say)));
      }
    }
    return points;
  }

  /** The map under {@code key}, its keys checked; an empty map when absent or not a map (reported). */
  private static YamlNode.Map section(YamlNode.Map map, String key, Problems problems, List<String> keys) {
    YamlNode.Entry e = map.entry(key).orElse(null);
    if (e == null || e.value() instanceof YamlNode.Scalar s && s.text() == null) {
      return new YamlNode.Map(List.of(), map.mark());
    }
    if (!(e.value() instanceof YamlNode.Map section)) {
      problems.add(e.value().mark(), key, "`" + key + "` must be a map, not " + describe(e.value()),
          "see mappings/playbook/handoff.yaml");
      return new YamlNode.Map(List.of(), map.mark());
    }
    YamlChecks.knownKeys(section, keys, key, problems);
    return section;
  }

  private static String describe(YamlNode node) {
    return node instanceof YamlNode.Seq ? "a list" : "text";
  }

  private static String text(YamlNode.Map map, String key, String parent, Problems problems, String fallback) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": " + fallback);
    return text == null ? fallback : text;
  }

  private static List<String> list(YamlNode.Map map, String key, String parent, Problems problems,
      List<String> fallback) {
    YamlNode.Entry e = map.entry(key).orElse(null);
    if (e == null) {
      return fallback;
    }
    if (e.value() instanceof YamlNode.Seq seq && seq.items().stream().allMatch(i -> i instanceof YamlNode.Scalar)) {
      return seq.items().stream().map(i -> ((YamlNode.Scalar) i).text()).filter(t -> t != null && !t.isBlank())
          .map(String::strip).toList();
    }
    problems.add(e.value().mark(), YamlChecks.path(parent, key), "`" + key + "` must be a list of values",
        "write it as " + key + ": [a, b]");
    return fallback;
  }

  private static boolean bool(YamlNode.Map map, String key, String parent, Problems problems, boolean fallback) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": " + fallback);
    if (text == null) {
      return fallback;
    }
    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
      problems.add(YamlChecks.valueMark(map, key), YamlChecks.path(parent, key), "`" + key + "` is '" + text
          + "', not true or false", key + ": " + fallback);
      return fallback;
    }
    return Boolean.parseBoolean(text);
  }

  private static int integer(YamlNode.Map map, String key, String parent, Problems problems, int fallback, int min,
      int max) {
    String text = YamlChecks.text(map, key, parent, problems, key + ": " + fallback);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(YamlChecks.valueMark(map, key), YamlChecks.path(parent, key), "`" + key + "` is '" + text
        + "', not a whole number from " + min + " to " + max, "e.g. " + key + ": " + fallback);
    return fallback;
  }
}
