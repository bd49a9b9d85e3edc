package io.revbridge.mapping;

import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformRegistry;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks one entry of a mapping file's {@code fields:} list. */
final class FieldEntryReader {
  static final List<String> KEYS = List.of("crm", "canonical", "direction", "transforms", "owned", "type", "label", "description");
  static final List<String> DIRECTIONS = List.of("inbound", "outbound", "both");
  private static final List<String> OWNED_KEYS = List.of("owned", "type", "label", "description");
  private static final List<String> TYPES = Arrays.stream(FieldType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

  /** What one entry yields: an inbound rule, an outbound rule, or both; positions for duplicate checks. */
  record Result(InboundRule inbound, OutboundRule outbound, YamlNode.Mark canonicalMark, YamlNode.Mark crmMark) {}

  private final TransformListReader transforms;
  private final String objectType;

  FieldEntryReader(TransformRegistry registry, String objectType) {
    this.transforms = new TransformListReader(registry);
    this.objectType = objectType;
  }

  /** @param kind {@code null} when the file's {@code canonical} is bad; targets are then not checked */
  Optional<Result> read(YamlNode node, String path, CanonicalKind kind, Problems problems) {
    if (!(node instanceof YamlNode.Map field)) {
      problems.add(node.mark(), path, "each field must be a map, not " + YamlNode.describe(node),
          "write it as `- crm: email` / `  canonical: email`");
      return Optional.empty();
    }
    YamlChecks.knownKeys(field, KEYS, path, problems);
    String crm = YamlChecks.text(field, "crm", path, problems, "crm: email");
    String canonical = YamlChecks.requiredText(field, "canonical", path, problems, "canonical: email");
    String direction = direction(field, path, problems);
    List<ConfiguredTransform> configured = transforms.read(field, path, problems);
    FieldSpec owned = owned(field, path, direction, crm, canonical, problems);
    if (canonical == null || direction == null) {
      return Optional.empty();
    }
    YamlNode.Mark canonicalMark = YamlChecks.valueMark(field, "canonical");
    InboundRule inbound = null;
    OutboundRule outbound = null;
    if (!direction.equals("outbound") && kind != null) {
      inbound = inbound(field, path, kind, crm, canonical, configured, problems);
    }
    if (!direction.equals("inbound")) {
      outbound = outbound(field, path, kind, crm, canonical, configured, owned, problems);
    }
    return Optional.of(new Result(inbound, outbound, canonicalMark, YamlChecks.valueMark(field, "crm")));
  }

  private static String direction(YamlNode.Map field, String path, Problems problems) {
    if (field.entry("direction").isEmpty()) {
      return "inbound";
    }
    String direction = YamlChecks.text(field, "direction", path, problems, "direction: outbound");
    if (direction != null && !DIRECTIONS.contains(direction)) {
      problems.add(YamlChecks.valueMark(field, "direction"), YamlChecks.path(path, "direction"),
          "unknown direction `" + direction + "`" + Suggestions.didYouMean(direction, DIRECTIONS),
          "use one of: " + String.join(", ", DIRECTIONS));
      return null;
    }
    return direction;
  }

  private InboundRule inbound(YamlNode.Map field, String path, CanonicalKind kind, String crm, String target,
      List<ConfiguredTransform> configured, Problems problems) {
    YamlNode.Mark mark = YamlChecks.valueMark(field, "canonical");
    String key = YamlChecks.path(path, "canonical");
    Class<?> type = kind.targets().get(target);
    if (type == null) {
      if (CanonicalTargets.SET_BY_ENGINE.contains(target)) {
        problems.add(mark, key, "`" + target + "` is set from the CRM record itself, not mapped",
            "remove this field; the engine fills ref and modifiedAt");
      } else if (OutboundSource.fromPath(target).isPresent()) {
        problems.add(mark, key, "`" + target + "` is a Revbridge result, which is written to the CRM, not read",
            "add `direction: outbound`");
      } else {
        problems.add(mark, key, "unknown canonical target `" + target + "` for " + kind.yamlName()
            + Suggestions.didYouMean(target, kind.targets().keySet()),
            "use one of: " + String.join(", ", kind.targets().keySet()));
      }
      return null;
    }
    boolean supplied = configured.stream().anyMatch(t -> t.type().suppliesValue());
    if (crm == null && !supplied) {
      problems.add(field.mark(), YamlChecks.path(path, "crm"),
          "an inbound field needs `crm`, the CRM field to read, or a transform that supplies a value",
          "add `crm: <field name>`, or transforms: [{constant: VALUE}]");
      return null;
    }
    if (type == RecordRef.class && configured.stream().noneMatch(t -> t.type().name().equals("ref"))) {
      problems.add(mark, key, "`" + target + "` holds a reference to another record, not an id",
          "add the transform {ref: <objectType>}, e.g. transforms: [{ref: companies}]");
      return null;
    }
    return new InboundRule(crm, target, type, configured.stream().map(ConfiguredTransform::transform).toList());
  }

  private static OutboundRule outbound(YamlNode.Map field, String path, CanonicalKind kind, String crm, String source,
      List<ConfiguredTransform> configured, FieldSpec owned, Problems problems) {
    Optional<OutboundSource> result = OutboundSource.fromPath(source);
    if (result.isEmpty()) {
      String why = kind != null && kind.targets().containsKey(source)
          ? "`" + source + "` is a canonical field; outbound fields write Revbridge's results"
              + Suggestions.didYouMean(source, OutboundSource.paths())
          : "unknown outbound source `" + source + "`" + Suggestions.didYouMean(source, OutboundSource.paths());
      problems.add(YamlChecks.valueMark(field, "canonical"), YamlChecks.path(path, "canonical"), why,
          "use one of: " + String.join(", ", OutboundSource.paths()));
    }
    if (crm == null && field.entry("crm").isEmpty()) {
      problems.add(field.mark(), YamlChecks.path(path, "crm"), "an outbound field needs `crm`, the CRM field to write",
          "add `crm: <field name>`");
    }
    boolean usable = true;
    for (ConfiguredTransform transform : configured) {
      if (transform.type().inboundOnly()) {
        problems.add(transform.mark(), transform.key(), "`" + transform.type().name() + "` only works on inbound fields",
            "remove it from this outbound field");
        usable = false;
      }
    }
    if (result.isEmpty() || crm == null || !usable) {
      return null;
    }
    List<Transform> steps = configured.stream().map(ConfiguredTransform::transform).toList();
    return new OutboundRule(result.get(), crm, steps, owned);
  }

  /** The field to create when {@code owned: true}; reports owned-only keys used where they mean nothing. */
  private FieldSpec owned(YamlNode.Map field, String path, String direction, String crm, String source, Problems problems) {
    String ownedText = YamlChecks.text(field, "owned", path, problems, "owned: true");
    if (ownedText != null && !ownedText.equals("true") && !ownedText.equals("false")) {
      problems.add(YamlChecks.valueMark(field, "owned"), YamlChecks.path(path, "owned"),
          "`owned` must be true or false, not `" + ownedText + "`", "owned: true");
    }
    boolean owned = "true".equals(ownedText);
    if ("inbound".equals(direction)) {
      for (String key : OWNED_KEYS) {
        field.entry(key).ifPresent(entry -> problems.add(entry.keyMark(), YamlChecks.path(path, key),
            "`" + key + "` only applies to outbound fields", "remove it, or add `direction: outbound`"));
      }
      return null;
    }
    if (!owned) {
      for (String key : OWNED_KEYS.subList(1, OWNED_KEYS.size())) {
        field.entry(key).ifPresent(entry -> problems.add(entry.keyMark(), YamlChecks.path(path, key),
            "`" + key + "` is only used for fields Revbridge owns and creates", "add `owned: true`, or remove it"));
      }
      return null;
    }
    String typeText = YamlChecks.text(field, "type", path, problems, "type: string");
    FieldType type = null;
    if (field.entry("type").isEmpty()) {
      problems.add(field.mark(), YamlChecks.path(path, "type"), "an owned field needs `type` so Revbridge can create it",
          "add `type:` with one of: " + String.join(", ", TYPES));
    } else if (typeText != null && !TYPES.contains(typeText)) {
      problems.add(YamlChecks.valueMark(field, "type"), YamlChecks.path(path, "type"),
          "unknown field type `" + typeText + "`" + Suggestions.didYouMean(typeText, TYPES),
          "use one of: " + String.join(", ", TYPES));
    } else if (typeText != null) {
      type = FieldType.valueOf(typeText.toUpperCase(Locale.ROOT));
    }
    String label = YamlChecks.text(field, "label", path, problems, "label: Revbridge score");
    String description = YamlChecks.text(field, "description", path, problems, "description: Set by Revbridge");
    if (type == null || crm == null) {
      return null;
    }
    String why = OutboundSource.fromPath(source).map(OutboundSource::description).orElse(source);
    return new FieldSpec(objectType, crm, label == null ? defaultLabel(crm) : label, type,
        description == null ? "Written by Revbridge: " + why + "." : description);
  }

  /** {@code revbridge_last_scored_at} → {@code Revbridge last scored at}. */
  static String defaultLabel(String crm) {
    String words = crm.replace('_', ' ').strip();
    return words.isEmpty() ? crm : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
