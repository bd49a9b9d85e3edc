package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a partner API sObject into a {@link CrmRecord}. The partner API sends every value as text; a
 * nil value is absent; a parent relationship ({@code Owner.Email}) is flattened to a dotted name.
 */
final class SalesforceRecords {
  private SalesforceRecords() {}

  static CrmRecord toRecord(String connection, String objectType, SObject o) {
    Map<String, String> fields = fields(o);
    String id = o.getId() != null ? o.getId() : fields.get("Id");
    fields.remove("Id");
    String stamp = fields.remove("SystemModstamp");
    boolean deleted = "true".equalsIgnoreCase(fields.remove("IsDeleted"));
    return new CrmRecord(new RecordRef(connection, objectType, id), instant(stamp), fields, deleted);
  }

  /** Every field of the row with a value, parent fields flattened to dotted names. */
  static Map<String, String> fields(SObject o) {
    Map<String, String> fields = new LinkedHashMap<>();
    flatten("", o, fields);
    return fields;
  }

  private static void flatten(String prefix, XmlObject o, Map<String, String> out) {
    Iterator<XmlObject> children = o.getChildren();
    while (children.hasNext()) {
      XmlObject child = children.next();
      String name = child.getName().getLocalPart();
      if (name.equals("type")) {
        continue;
      }
      if (child.hasChildren()) {
        flatten(prefix + name + ".", child, out);
      } else if (child.getValue() != null && !(prefix.isEmpty() && name.equals("fieldsToNull"))) {
        out.putIfAbsent(prefix + name, child.getValue().toString());
      }
    }
  }

  /** {@code SystemModstamp} as Salesforce writes it; absent only in hand-made answers. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.parse(text);
    }
  }
}
