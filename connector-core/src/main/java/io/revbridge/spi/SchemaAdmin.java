package io.revbridge.spi;

import java.util.List;

/** Creates or checks the custom fields Revbridge writes. Idempotent: existing fields are left as they are. */
public interface SchemaAdmin {
  /**
   * @param create false only inspects ({@code check}); true creates missing fields
   * @return one status per requested field, in request order
   */
  List<FieldStatus> ensureFields(List<FieldSpec> fields, boolean create);

  /**
   * Every field of one object type as the CRM describes it (properties API, describe call).
   *
   * @throws CrmException typed, when the CRM cannot be asked
   */
  List<CrmField> describe(String objectType);
}
