package io.revbridge.sync;

import io.revbridge.mapping.MappedField;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.scoring.LeadPlaybook;
import io.revbridge.spi.CrmRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest of everything a person's score and plan depend on: the values of the CRM fields the mapping reads
 * (minus those Revbridge itself writes, which the ledger checks), the mapping file's whole text (transforms and
 * their arguments included) and the scoring model.
 * Kept in the ledger after each plan, it tells Revbridge's own writes coming back as changes (same digest)
 * from real changes, so an echo costs no company read and no scoring. A changed mapping or model changes
 * every digest, so everything is scored again.
 */
final class InputFingerprint {
  /** The ledger field that holds the digest; no CRM field can have this name. */
  static final String LEDGER_FIELD = "revbridge:inputs";

  private final String modelSignature;
  private final Map<ObjectMapping, Layout> layouts = new ConcurrentHashMap<>();

  /** @param playbook the lead score, MQL model and recommendations: a change to any of them re-scores everything */
  InputFingerprint(LeadPlaybook playbook) {
    this.modelSignature = playbook.toString();
  }

  String of(ObjectMapping mapping, CrmRecord record) {
    return of(mapping, record, "");
  }

  /** @param serving which learned model (if any) scores the record, and how: another one re-scores it */
  String of(ObjectMapping mapping, CrmRecord record, String serving) {
    Layout layout = layouts.computeIfAbsent(mapping, this::layout);
    StringBuilder text = new StringBuilder(layout.prefix());
    if (!serving.isEmpty()) {
      text.append(serving).append('\n');
    }
    for (String field : layout.fields()) {
      String value = record.field(field);
      text.append(field).append('=').append(value == null ? "" : value.replace("\n", "\\n")).append('\n');
    }
    return Base64.getEncoder().encodeToString(sha256(text.toString()));
  }

  /** Per mapping, worked out once: the text every digest starts with, and the fields it covers, in order. */
  private record Layout(String prefix, List<String> fields) {}

  private Layout layout(ObjectMapping mapping) {
    Set<String> written = writtenFields(mapping);
    List<String> fields = new TreeSet<>(mapping.inboundFields()).stream().filter(f -> !written.contains(f)).toList();
    return new Layout(modelSignature + '\n' + mapping.sourceText() + '\n', fields);
  }

  /**
   * True when the record is what Revbridge last planned for: same inputs, and every field Revbridge wrote
   * still holds the value written (a person who changed one of them makes it a real change).
   */
  static boolean isEcho(String fingerprint, CrmRecord record, Map<String, String> ledger) {
    String last = ledger.get(LEDGER_FIELD);
    if (last == null || !last.equals(fingerprint)) {
      return false;
    }
    for (Map.Entry<String, String> written : ledger.entrySet()) {
      if (!written.getKey().equals(LEDGER_FIELD) && !written.getKey().equals(RecordVersions.LEDGER_FIELD)
          && !FieldValues.same(written.getValue(), record.field(written.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> writtenFields(ObjectMapping mapping) {
    Set<String> fields = new TreeSet<>();
    for (MappedField f : mapping.mappedFields()) {
      if (f.outbound()) {
        fields.add(f.crmField());
      }
    }
    return fields;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
