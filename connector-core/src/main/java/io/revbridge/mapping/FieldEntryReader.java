package io.revbridge.mapping;

import io.revbridge.mapping.transform.Transform;
import io.revbridge.mapping.transform.TransformRegistry;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads and checks one entry of a mapping file's {@code fields:} list. */
final class FieldEntryReader {
  static final List<String> KEYS =
      List.of("crm", "canonical", "direction", "transforms", "owned", "type", "options", "label", "description");
  static final List<String> DIRECTIONS = List.of("inbound", "outbound", "both");
  private static final List<String> OWNED_KEYS = List.of("owned", "type", "options", "label", "description");
  private static final List<String> TYPES = Arrays.stream(FieldType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

  /** What one entry yields: an inbound rule, an outbound rule, or both; positions for duplicate checks. */
  record Result(InboundRule inbound, OutboundRule outbound, YamlNode.Mark canonicalMark, YamlNode.Mark crmMark,
      List<MappedField> named) {}

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
    List<String> crmFields = crmFields(field, path, problems);
    String crm = crmFields.isEmpty() ? null : crmFields.get(0);
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
      inbound = inbound(field, path, kind, crmFields, canonical, configured, problems);
    }
    if (!direction.equals("inbound")) {
      outbound = outbound(field, path, kind, crmFields, canonical, configured, owned, problems);
    }
    YamlNode.Mark crmMark = YamlChecks.valueMark(field, "crm");
    List<MappedField> named = new ArrayList<>();
    String crmKey = YamlChecks.path(path, "crm");
    if (inbound != null) {
      crmFields.forEach(name -> named.add(new MappedField(name, canonical, false, false, crmKey, crmMark.line(), crmMark.column())));
    }
    if (outbound != null) {
      named.add(new MappedField(outbound.crmField(), canonical, true, outbound.owned() != null, crmKey, crmMark.line(),
          crmMark.column()));
    }
    return Optional.of(new Result(inbound, outbound, canonicalMark, crmMark, List.copyOf(named)));
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

  /** {@code crm: email}, or {@code crm: [mobilephone, phone]} to take the first with a value (coalesce). */
  private static List<String> crmFields(YamlNode.Map field, String path, Problems problems) {
    YamlNode.Entry entry = field.entry("crm").orElse(null);
    if (entry == null || !(entry.value() instanceof YamlNode.Seq list)) {
      String crm = YamlChecks.text(field, "crm", path, problems, "crm: email");
      return crm == null ? List.of() : List.of(crm);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode item = list.items().get(i);
      String key = YamlChecks.path(path, "crm") + "[" + i + "]";
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
        problems.add(item.mark(), key, "each CRM field to try must be a field name, not " + YamlNode.describe(item),
            "write it as crm: [mobilephone, phone]");
      } else if (names.contains(scalar.text().strip())) {
        problems.add(item.mark(), key, "`" + scalar.text().strip() + "` is listed twice", "list each CRM field once");
      } else {
        names.add(scalar.text().strip());
      }
    }
    if (list.items().isEmpty()) {
      problems.add(entry.value().mark(), YamlChecks.path(path, "crm"), "`crm` is an empty list",
          "name one CRM field, or several to take the first with a value: crm: [mobilephone, phone]");
    }
    return List.copyOf(names);
  }

  private InboundRule inbound(YamlNode.Map field, String path, CanonicalKind kind, List<String> crmFields, String target,
      List<ConfiguredTransform> configured, Problems problems) {
    YamlNode.Mark mark = YamlChecks.valueMark(field, "canonical");
    String key = YamlChecks.path(path, "canonical");
    Class<?> type = kind.targets().get(target);
    String unprefixed = target.startsWith(kind.yamlName() + ".") ? target.substring(kind.yamlName().length() + 1) : null;
    if (type == null && unprefixed != null) {
      Optional<String> meant = kind.targets().containsKey(unprefixed) ? Optional.of(unprefixed)
          : Suggestions.closest(unprefixed, kind.targets().keySet());
      problems.add(mark, key, "canonical field `" + target + "` does not exist"
          + meant.map(m -> " — did you mean `" + kind.yamlName() + "." + m + "`?").orElse(""),
          "write the field without the record name, which the file's `canonical: " + kind.yamlName() + "` already gives"
              + meant.map(m -> ": canonical: " + m).orElse("; use one of: " + String.join(", ", kind.targets().keySet())));
      return null;
    }
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
    if (crmFields.isEmpty() && !supplied) {
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
    Optional<ConfiguredTransform> typed = TypeFit.lastTyped(configured);
    if (typed.isPresent() && !TypeFit.fits(typed.get().type().produces(), type)) {
      ConfiguredTransform culprit = typed.get();
      problems.add(culprit.mark(), culprit.key(), "`" + culprit.type().name() + "` hands on "
          + culprit.type().produces().words() + ", but `" + target + "` holds " + TypeFit.holds(type),
          culprit.type().produces() == io.revbridge.mapping.transform.ValueKind.LIST
              ? "add {join: \", \"} after it, or map to another field"
              : "remove `" + culprit.type().name() + "`, or map to a field that holds " + culprit.type().produces().words());
      return null;
    }
    if (!combinedFirst(configured, problems)) {
      return null;
    }
    boolean combined = !configured.isEmpty() && configured.get(0).type().combinesFields();
    return new InboundRule(crmFields, target, kind.slot(target), ValueCoercion.to(type),
        configured.stream().map(ConfiguredTransform::transform).toList(), combined);
  }

  /** A transform that combines the CRM fields ({@code any}, {@code max}) sees them only as the first step. */
  private static boolean combinedFirst(List<ConfiguredTransform> configured, Problems problems) {
    boolean ok = true;
    for (int i = 1; i < configured.size(); i++) {
      ConfiguredTransform late = configured.get(i);
      if (late.type().combinesFields()) {
        problems.add(late.mark(), late.key(), "`" + late.type().name() + "` combines the CRM fields listed in `crm`,"
            + " so it must be the first transform, not number " + (i + 1),
            "move it to the front: transforms: [" + late.type().usage() + ", ...]");
        ok = false;
      }
    }
    return ok;
  }

  private static OutboundRule outbound(YamlNode.Map field, String path, CanonicalKind kind, List<String> crmFields,
      String source, List<ConfiguredTransform> configured, FieldSpec owned, Problems problems) {
    String crm = crmFields.size() == 1 ? crmFields.get(0) : null;
    if (crmFields.size() > 1) {
      problems.add(YamlChecks.valueMark(field, "crm"), YamlChecks.path(path, "crm"),
          "an outbound field writes one CRM field, not " + crmFields.size(),
          "name one field, e.g. crm: " + crmFields.get(0) + ", or write one entry per field");
    }
    Optional<OutboundSource> result = OutboundSource.fromPath(source);
    boolean ownedEntry = "true".equals(field.entry("owned").map(e -> e.value() instanceof YamlNode.Scalar sc ? sc.text() : null)
        .map(String::strip).orElse(null));
    if (result.isPresent() && result.get() != OutboundSource.ROUTED_OWNER_ID && !ownedEntry && crm != null) {
      problems.add(YamlChecks.valueMark(field, "crm"), YamlChecks.path(path, "crm"),
          "Revbridge does not own `" + crm + "`: it writes only fields it owns (`owned: true`), and the owner chosen by"
              + " routing (`routing.ownerId`)",
          "add `owned: true` and a `type` so Revbridge creates " + crm + " and alone writes it, or use a new name such as"
              + " revbridge_" + crm.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(java.util.Locale.ROOT));
    }
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
    if (result.isPresent() && owned != null && !result.get().fits(owned.type())) {
      problems.add(YamlChecks.valueMark(field, "type"), YamlChecks.path(path, "type"),
          "a " + owned.type().name().toLowerCase(java.util.Locale.ROOT) + " field cannot hold " + result.get().description(),
          "use one of: " + java.util.Arrays.stream(FieldType.values()).filter(result.get()::fits)
              .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
      usable = false;
    } else if (result.isPresent() && owned != null && owned.type() == FieldType.ENUMERATION) {
      List<String> missing = result.get().possibleValues().stream().filter(v -> !owned.options().contains(v)).toList();
      if (!missing.isEmpty()) {
        problems.add(YamlChecks.valueMark(field, "options"), YamlChecks.path(path, "options"),
            "`options` lacks " + String.join(", ", missing) + ", which " + source + " can be; the CRM would refuse it",
            "list every value: options: [" + String.join(", ", result.get().possibleValues()) + "]");
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
    List<String> options = options(field, path, type, problems);
    String label = YamlChecks.text(field, "label", path, problems, "label: Revbridge score");
    String description = YamlChecks.text(field, "description", path, problems, "description: Set by Revbridge");
    if (type == null || crm == null) {
      return null;
    }
    String why = OutboundSource.fromPath(source).map(OutboundSource::description).orElse(source);
    return new FieldSpec(objectType, crm, label == null ? defaultLabel(crm) : label, type,
        description == null ? "Written by Revbridge: " + why + "." : description, options);
  }

  /** {@code options: [HOT, WARM]}: required for, and only for, {@code type: enumeration}. */
  private static List<String> options(YamlNode.Map field, String path, FieldType type, Problems problems) {
    YamlNode.Entry entry = field.entry("options").orElse(null);
    String key = YamlChecks.path(path, "options");
    if (entry == null) {
      if (type == FieldType.ENUMERATION) {
        problems.add(field.mark(), key, "an enumeration field needs `options`, the values it may hold",
            "add e.g. options: [HOT, WARM, COLD, UNQUALIFIED]");
      }
      return List.of();
    }
    if (type != null && type != FieldType.ENUMERATION) {
      problems.add(entry.keyMark(), key, "`options` only applies to `type: enumeration`",
          "remove it, or write type: enumeration");
      return List.of();
    }
    if (!(entry.value() instanceof YamlNode.Seq list) || list.items().isEmpty()) {
      problems.add(entry.value().mark(), key, "`options` must be a non-empty list, not " + YamlNode.describe(entry.value()),
          "write it as options: [HOT, WARM, COLD, UNQUALIFIED]");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
        problems.add(item.mark(), key, "each option must be text, not " + YamlNode.describe(item), "write options: [HOT, WARM]");
      } else if (values.contains(scalar.text().strip())) {
        problems.add(item.mark(), key, "option `" + scalar.text().strip() + "` is listed twice", "list each option once");
      } else {
        values.add(scalar.text().strip());
      }
    }
    return values;
  }

  /** {@code revbridge_last_scored_at} → {@code Revbridge last scored at}. */
  static String defaultLabel(String crm) {
    String words = crm.replace('_', ' ').strip();
    return words.isEmpty() ? crm : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
