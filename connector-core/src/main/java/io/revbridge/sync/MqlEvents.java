package io.revbridge.sync;

import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.OutboundSource;
import io.revbridge.scoring.MqlScore;
import io.revbridge.spi.CrmRecord;
import io.revbridge.store.AuditEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "MQL crossed" event: a person whose MQL score reaches the threshold and was not qualified before. Recorded in
 * the audit table (stage {@value #STAGE}) where routing and sequences pick it up. "Before" is what the CRM's MQL
 * field holds, else what Revbridge last wrote there (the ledger); a person never scored counts as not qualified.
 */
final class MqlEvents {
  static final String STAGE = "mql";
  static final String CROSSED = "crossed";

  private MqlEvents() {}

  static Optional<AuditEntry> crossed(ObjectMapping mapping, CrmRecord record, Map<String, String> ledgerValues,
      MqlScore mql, int threshold, Instant now) {
    if (!mql.qualified()) {
      return Optional.empty();
    }
    Boolean before = mapping.outboundField(OutboundSource.MQL_QUALIFIED)
        .map(field -> record.fields().containsKey(field) ? record.field(field) : ledgerValues.get(field))
        .map(value -> Boolean.valueOf(value.strip()))
        .orElse(null);
    if (!mql.crossedFrom(before)) {
      return Optional.empty();
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("score", mql.score());
    detail.put("threshold", threshold);
    detail.put("reasons", mql.reasons().stream().map(r -> r.line()).toList());
    return Optional.of(new AuditEntry(record.ref(), STAGE, CROSSED + " " + mql.score() + " >= " + threshold,
        Json.write(detail), now));
  }
}
