package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.model.RecordRef;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One record's decision trail as the admin API shows it: the latest audit entries (newest first, details as JSON),
 * the values Revbridge last wrote, its open dead letters and whether the CRM deleted it. Dead letters are shown
 * without their payload: the record's raw fields are not the API's business.
 */
final class RecordTrail {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RecordTrail() {}

  /** Empty when the store holds nothing about the record. */
  static Optional<Map<String, Object>> of(Store store, RecordRef ref, int limit) {
    List<AuditEntry> audit = store.audit().latest(ref, limit);
    Map<String, String> written = store.ledger().lastWritten(ref);
    List<DeadLetter> letters = store.deadLetters().openFor(ref);
    boolean deleted = store.deletions().isDeleted(ref);
    if (audit.isEmpty() && written.isEmpty() && letters.isEmpty() && !deleted) {
      return Optional.empty();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("record", ref.key());
    json.put("deleted", deleted);
    json.put("audit", audit.stream().map(RecordTrail::entry).toList());
    json.put("lastWritten", new TreeMap<>(written));
    json.put("openDeadLetters", letters.stream().map(RecordTrail::letter).toList());
    return Optional.of(json);
  }

  private static Map<String, Object> entry(AuditEntry e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("at", e.at().toString());
    json.put("stage", e.stage());
    json.put("decision", e.decision());
    json.put("details", details(e.detailJson()));
    return json;
  }

  /** The stage's details as JSON; text that is not JSON (older entries) is shown as it is. */
  private static Object details(String detailJson) {
    if (detailJson == null) {
      return null;
    }
    try {
      return MAPPER.readTree(detailJson);
    } catch (JsonProcessingException e) {
      return detailJson;
    }
  }

  private static Map<String, Object> letter(DeadLetter d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id());
    json.put("at", d.at().toString());
    json.put("stage", d.stage());
    json.put("error", d.errorCode() == null ? "" : d.errorCode());
    json.put("message", d.message());
    return json;
  }
}
