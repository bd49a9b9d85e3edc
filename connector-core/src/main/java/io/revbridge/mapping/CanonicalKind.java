package io.revbridge.mapping;

import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The canonical record a CRM object maps to, as written in a mapping file's {@code canonical} key. */
public enum CanonicalKind {
  PERSON("person", Person.class),
  COMPANY("company", Company.class),
  DEAL("deal", Deal.class);

  private final String yamlName;
  private final Class<? extends Record> recordType;
  private final Map<String, Class<?>> targets;
  private final Map<String, Integer> slots;
  private final RecordPlan plan;

  CanonicalKind(String yamlName, Class<? extends Record> recordType) {
    this.yamlName = yamlName;
    this.recordType = recordType;
    this.targets = CanonicalTargets.derive(recordType);
    Map<String, Integer> numbered = new HashMap<>();
    targets.keySet().forEach(target -> numbered.put(target, numbered.size()));
    this.slots = Map.copyOf(numbered);
    this.plan = RecordPlan.compile(recordType, slots);
  }

  /** The index of a target in the value array the {@link #plan()} builds records from. */
  int slot(String target) {
    return slots.get(target);
  }

  RecordPlan plan() {
    return plan;
  }

  public String yamlName() {
    return yamlName;
  }

  public Class<? extends Record> recordType() {
    return recordType;
  }

  /** Every path an inbound field may target, with its Java type, in the record's component order. */
  public Map<String, Class<?>> targets() {
    return targets;
  }

  public static Optional<CanonicalKind> fromYaml(String name) {
    return Arrays.stream(values()).filter(kind -> kind.yamlName.equals(name)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(CanonicalKind::yamlName).toList();
  }
}
