package io.revbridge.mapping;

import io.revbridge.mapping.transform.BadValueException;
import io.revbridge.mapping.transform.TransformContext;
import io.revbridge.model.Company;
import io.revbridge.model.Deal;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one CRM object maps to one canonical record and back. Immutable and safe to share between threads.
 * Mapping a record either returns the whole canonical record or throws {@link RecordMappingException} for
 * that record alone.
 */
public final class ObjectMapping {
  private final String crm;
  private final String objectType;
  private final CanonicalKind canonical;
  private final List<InboundRule> inbound;
  private final List<OutboundRule> outbound;
  private final String location;
  private final List<MappedField> mappedFields;
  private final Set<String> inboundFields;
  private final List<FieldSpec> ownedFields;
  private final String sourceText;

  ObjectMapping(String crm, String objectType, CanonicalKind canonical, List<InboundRule> inbound,
      List<OutboundRule> outbound, String location, List<MappedField> mappedFields, String sourceText) {
    this.crm = crm;
    this.objectType = objectType;
    this.canonical = canonical;
    this.inbound = List.copyOf(inbound);
    this.outbound = List.copyOf(outbound);
    this.location = location;
    this.mappedFields = List.copyOf(mappedFields);
    this.sourceText = sourceText == null ? "" : sourceText;
    Set<String> fields = new LinkedHashSet<>();
    this.inbound.forEach(rule -> fields.addAll(rule.crmFields()));
    this.inboundFields = Collections.unmodifiableSet(fields);
    this.ownedFields = this.outbound.stream().map(OutboundRule::owned).filter(Objects::nonNull).toList();
  }

  /** Where the file was read from, for messages: a path or {@code classpath:...}. */
  public String location() {
    return location;
  }

  /** Every CRM field the file names, in file order, with its position. */
  /**
   * The text of the file this mapping was read from. Digests of a record's inputs include it, so that changing any
   * part of the mapping, a transform's argument included, makes every record count as changed.
   */
  public String sourceText() {
    return sourceText;
  }

  public List<MappedField> mappedFields() {
    return mappedFields;
  }

  /** The canonical targets this file fills (inbound), in file order. */
  public Set<String> mappedTargets() {
    return inbound.stream().map(InboundRule::target).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The CRM field a result is written to, if this file writes it. */
  public Optional<String> outboundField(OutboundSource source) {
    return outbound.stream().filter(rule -> rule.source() == source).map(OutboundRule::crmField).findFirst();
  }

  public String crm() {
    return crm;
  }

  public String objectType() {
    return objectType;
  }

  public CanonicalKind canonical() {
    return canonical;
  }

  /** The CRM fields to fetch for this object, in file order. */
  public Set<String> inboundFields() {
    return inboundFields;
  }

  /** @throws IllegalStateException when this object does not map to {@code person} */
  public Person toPerson(CrmRecord record) {
    return map(record, CanonicalKind.PERSON, Person.class);
  }

  /** @throws IllegalStateException when this object does not map to {@code company} */
  public Company toCompany(CrmRecord record) {
    return map(record, CanonicalKind.COMPANY, Company.class);
  }

  /** @throws IllegalStateException when this object does not map to {@code deal} */
  public Deal toDeal(CrmRecord record) {
    return map(record, CanonicalKind.DEAL, Deal.class);
  }

  /**
   * Renders Revbridge's results as CRM field values.
   *
   * @param results keyed by {@link OutboundSource#path()}; absent or {@code null} results are left out
   * @return CRM field to text, in file order: numbers plain, instants ISO-8601 UTC
   */
  public Map<String, String> outbound(Map<String, Object> results) {
    Map<String, String> values = new LinkedHashMap<>();
    for (OutboundRule rule : outbound) {
      String text = rule.render(results.get(rule.source().path()));
      if (text != null) {
        values.put(rule.crmField(), text);
      }
    }
    return values;
  }

  /** The CRM fields Revbridge owns and creates for this object, for {@code SchemaAdmin}. */
  public List<FieldSpec> ownedFields() {
    return ownedFields;
  }

  private <R extends Record> R map(CrmRecord record, CanonicalKind wanted, Class<R> type) {
    if (canonical != wanted) {
      throw new IllegalStateException(crm + "/" + objectType + " maps to " + canonical.yamlName()
          + ", not " + wanted.yamlName());
    }
    Object[] values = new Object[canonical.targets().size()];
    TransformContext context = TransformContext.inbound(record.ref());
    for (InboundRule rule : inbound) {
      try {
        values[rule.slot()] = rule.map(record, context);
      } catch (BadValueException e) {
        throw new RecordMappingException(record.ref(), rule.source(), rule.raw(record), rule.target(), e.getMessage());
      }
    }
    try {
      return type.cast(canonical.plan().build(values, record.ref(), record.modifiedAt()));
    } catch (RecordPlan.RefusedException e) {
      throw refused(record, values, e);
    }
  }

  /** Finds the one value the record's constructor refuses by trying each alone; else names them all. */
  private RecordMappingException refused(CrmRecord record, Object[] values, RecordPlan.RefusedException e) {
    List<InboundRule> involved = inbound.stream()
        .filter(rule -> e.path.isEmpty() || rule.target().startsWith(e.path + ".")).toList();
    RecordPlan nested = e.path.isEmpty() ? null : canonical.plan().nested(e.path);
    for (InboundRule rule : nested == null ? List.<InboundRule>of() : involved) {
      Object value = values[rule.slot()];
      if (value == null) {
        continue;
      }
      Object[] alone = new Object[values.length];
      alone[rule.slot()] = value;
      try {
        nested.build(alone, null, null);
      } catch (RecordPlan.RefusedException refusedAlone) {
        return new RecordMappingException(record.ref(), rule.source(), rule.raw(record), rule.target(), e.getMessage());
      }
    }
    String fields = involved.stream().map(InboundRule::source).collect(Collectors.joining(", "));
    String rawValues = involved.stream().map(rule -> rule.raw(record)).map(String::valueOf).collect(Collectors.joining(", "));
    return new RecordMappingException(record.ref(), fields, rawValues, e.path.isEmpty() ? canonical.yamlName() : e.path,
        e.getMessage());
  }

  @Override
  public String toString() {
    return crm + "/" + objectType + " -> " + canonical.yamlName();
  }
}
