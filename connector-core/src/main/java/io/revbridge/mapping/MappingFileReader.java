package io.revbridge.mapping;

import io.revbridge.mapping.transform.TransformRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one mapping file into an {@link ObjectMapping}, reporting every problem it finds rather than the first. */
final class MappingFileReader {
  static final List<String> KEYS = List.of("crm", "object", "canonical", "fields");

  private final TransformRegistry registry;

  MappingFileReader(TransformRegistry registry) {
    this.registry = registry;
  }

  /** @return the mapping, or empty when the file has any problem (all of them added to {@code sink}) */
  Optional<ObjectMapping> read(MappingFile file, List<MappingProblem> sink) {
    int before = sink.size();
    try {
      return read(file, sink, before);
    } finally {
      // Checks run key by key, not top to bottom; a reader fixes a file from the top.
      sink.subList(before, sink.size()).sort(Comparator.comparingInt(MappingProblem::line)
          .thenComparingInt(MappingProblem::column));
    }
  }

  private Optional<ObjectMapping> read(MappingFile file, List<MappingProblem> sink, int before) {
    Problems problems = new Problems(file.location(), sink);
    YamlNode root = parse(file, sink);
    if (root == null) {
      return Optional.empty();
    }
    if (!(root instanceof YamlNode.Map map)) {
      problems.add(root.mark(), null, "a mapping file must be a map with crm, object, canonical and fields, not "
          + YamlNode.describe(root), "see mappings/README.md for the format");
      return Optional.empty();
    }
    YamlChecks.knownKeys(map, KEYS, "", problems);
    String crm = YamlChecks.requiredText(map, "crm", "", problems, "crm: " + MappingPaths.crm(file.path()));
    String object = YamlChecks.requiredText(map, "object", "", problems, "object: " + MappingPaths.objectType(file.path()));
    CanonicalKind kind = canonical(map, problems);
    checkPlace(file, map, crm, object, problems);
    List<FieldEntryReader.Result> fields = fields(map, kind, object, problems);
    checkDuplicates(fields, problems);
    if (sink.size() > before || crm == null || object == null || kind == null) {
      return Optional.empty();
    }
    List<InboundRule> inbound = new ArrayList<>();
    List<OutboundRule> outbound = new ArrayList<>();
    List<MappedField> named = new ArrayList<>();
    for (FieldEntryReader.Result field : fields) {
      Optional.ofNullable(field.inbound()).ifPresent(inbound::add);
      Optional.ofNullable(field.outbound()).ifPresent(outbound::add);
      named.addAll(field.named());
    }
    return Optional.of(new ObjectMapping(crm, object, kind, inbound, outbound, file.location(), named, file.text()));
  }

  private static YamlNode parse(MappingFile file, List<MappingProblem> sink) {
    return YamlDocuments.parse(file.location(), file.text(), sink,
        "write crm, object, canonical and fields (see mappings/README.md), or delete it").orElse(null);
  }

  private static CanonicalKind canonical(YamlNode.Map map, Problems problems) {
    String name = YamlChecks.requiredText(map, "canonical", "", problems, "canonical: person");
    if (name == null) {
      return null;
    }
    Optional<CanonicalKind> kind = CanonicalKind.fromYaml(name);
    if (kind.isEmpty()) {
      problems.add(YamlChecks.valueMark(map, "canonical"), "canonical",
          "unknown canonical record `" + name + "`" + Suggestions.didYouMean(name, CanonicalKind.yamlNames()),
          "use one of: " + String.join(", ", CanonicalKind.yamlNames()));
    }
    return kind.orElse(null);
  }

  /**
   * The folder and file name say which CRM object a file maps; a file that says otherwise is misplaced. The
   * name is compared ignoring case, so Salesforce's {@code Lead} lives in {@code salesforce/lead.yaml}.
   */
  private static void checkPlace(MappingFile file, YamlNode.Map map, String crm, String object, Problems problems) {
    String folder = MappingPaths.crm(file.path());
    String name = MappingPaths.objectType(file.path());
    if (crm != null && !crm.equals(folder)) {
      problems.add(YamlChecks.valueMark(map, "crm"), "crm", "the file is in folder `" + folder + "/` but says crm: " + crm,
          "move it to " + crm + "/" + name + ".yaml, or write crm: " + folder);
    }
    if (object != null && !object.equalsIgnoreCase(name)) {
      problems.add(YamlChecks.valueMark(map, "object"), "object", "the file is named `" + name + "` but says object: " + object,
          "rename it to " + folder + "/" + object + ".yaml, or write object: " + name);
    }
  }

  private List<FieldEntryReader.Result> fields(YamlNode.Map map, CanonicalKind kind, String object, Problems problems) {
    Optional<YamlNode.Entry> entry = map.entry("fields");
    if (entry.isEmpty()) {
      problems.add(map.mark(), "fields", "missing required key `fields`", "add a list of fields, see mappings/README.md");
      return List.of();
    }
    if (!(entry.get().value() instanceof YamlNode.Seq list) || list.items().isEmpty()) {
      problems.add(entry.get().keyMark(), "fields", "`fields` must be a non-empty list",
          "add entries such as `- crm: email` / `  canonical: email`");
      return List.of();
    }
    FieldEntryReader reader = new FieldEntryReader(registry, object == null ? "" : object);
    List<FieldEntryReader.Result> results = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      reader.read(list.items().get(i), "fields[" + i + "]", kind, problems).ifPresent(results::add);
    }
    return results;
  }

  /** One canonical target is filled from one place; one CRM field is written from one result. */
  private static void checkDuplicates(List<FieldEntryReader.Result> fields, Problems problems) {
    Map<String, Integer> targets = new HashMap<>();
    Map<String, Integer> written = new HashMap<>();
    for (FieldEntryReader.Result field : fields) {
      if (field.inbound() != null) {
        Integer first = targets.putIfAbsent(field.inbound().target(), field.canonicalMark().line());
        if (first != null) {
          problems.add(field.canonicalMark(), "canonical", "`" + field.inbound().target()
              + "` is already mapped on line " + first, "keep one of the two entries");
        }
      }
      if (field.outbound() != null) {
        Integer first = written.putIfAbsent(field.outbound().crmField(), field.crmMark().line());
        if (first != null) {
          problems.add(field.crmMark(), "crm", "CRM field `" + field.outbound().crmField()
              + "` is already written on line " + first, "keep one of the two outbound entries");
        }
      }
    }
  }
}
