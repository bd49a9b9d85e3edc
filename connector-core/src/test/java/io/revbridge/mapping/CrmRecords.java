package io.revbridge.mapping;

import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import java.time.Instant;
import java.util.Map;

/** CRM records as an adapter would hand them over, for mapping tests. */
final class CrmRecords {
  static final String CONNECTION = "hubspot-main";
  static final Instant MODIFIED = Instant.parse("2026-03-02T09:15:00Z");

  private CrmRecords() {}

  static CrmRecord record(String objectType, String id, Map<String, String> fields) {
    return new CrmRecord(new RecordRef(CONNECTION, objectType, id), MODIFIED, fields, false);
  }
}
