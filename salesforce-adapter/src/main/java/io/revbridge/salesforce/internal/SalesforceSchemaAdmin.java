package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import io.revbridge.spi.CrmField;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.SchemaAdmin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes objects with describeSObject and checks Revbridge's {@code *__c} fields. The partner API
 * cannot create fields, so {@code create} changes nothing: a missing field is reported with the command
 * that writes a deployable metadata package for it.
 */
public final class SalesforceSchemaAdmin implements SchemaAdmin {
  static final String CREATE_FIX = "create it: run `revbridge setup salesforce --out DIR` and deploy DIR with "
      + "`sf project deploy start --metadata-dir DIR`";

  private final SalesforceSession session;

  public SalesforceSchemaAdmin(SalesforceSession session) {
    this.session = session;
  }

  @Override
  public List<CrmField> describe(String objectType) {
    DescribeSObjectResult result = session.call("describe " + objectType,
        c -> c.describeSObject(SalesforceSoql.object(objectType)));
    List<CrmField> fields = new ArrayList<>();
    for (Field f : result.getFields()) {
      List<String> options = f.getPicklistValues() == null ? List.of()
          : Arrays.stream(f.getPicklistValues()).filter(PicklistEntry::isActive).map(PicklistEntry::getValue).toList();
      fields.add(new CrmField(objectType, f.getName(), f.getLabel(),
          f.getType() == null ? "unknown" : f.getType().toString(), f.isCustom(), f.isUpdateable(), options));
    }
    return fields;
  }

  @Override
  public List<FieldStatus> ensureFields(List<FieldSpec> specs, boolean create) {
    Map<String, Map<String, CrmField>> byObject = new HashMap<>();
    List<FieldStatus> statuses = new ArrayList<>();
    for (FieldSpec spec : specs) {
      Map<String, CrmField> fields = byObject.computeIfAbsent(spec.objectType(), this::fieldsByLowerName);
      Optional<CrmField> field = Optional.ofNullable(fields.get(spec.name().toLowerCase(java.util.Locale.ROOT)));
      if (field.isEmpty()) {
        statuses.add(new FieldStatus(spec, FieldStatus.State.MISSING,
            spec.objectType() + "." + spec.name() + " does not exist; " + CREATE_FIX));
      } else if (!field.get().writable()) {
        statuses.add(new FieldStatus(spec, FieldStatus.State.FAILED, spec.objectType() + "." + spec.name()
            + " exists but the integration user cannot edit it: grant Edit in its field-level security"));
      } else {
        statuses.add(new FieldStatus(spec, FieldStatus.State.EXISTS, "exists"));
      }
    }
    return statuses;
  }

  private Map<String, CrmField> fieldsByLowerName(String objectType) {
    Map<String, CrmField> map = new HashMap<>();
    describe(objectType).forEach(f -> map.put(f.name().toLowerCase(java.util.Locale.ROOT), f));
    return map;
  }
}
