package io.revbridge.sync;

import io.revbridge.spi.CrmRecord;
import org.slf4j.MDC;

/**
 * Puts the record a log line is about into the logging context (MDC keys {@code record} and
 * {@code correlationId}), so every line about one record's change, from fetch to write, can be found by either.
 * The correlation id names the record and the version being handled: {@code <connection>/<object>/<id>@<modified
 * epoch ms>}, the same in every stage (a field write's idempotency key is {@code fields:} and this id). Only ids:
 * never field values, which may be personal data. Use with try-with-resources on the thread that logs.
 */
final class RecordLog implements AutoCloseable {
  static final String RECORD = "record";
  static final String CORRELATION_ID = "correlationId";
  private static final String FIELDS_KEY = "fields:";

  private RecordLog() {}

  static RecordLog about(String record, String correlationId) {
    MDC.put(RECORD, record);
    MDC.put(CORRELATION_ID, correlationId);
    return new RecordLog();
  }

  /** About this version of the record. */
  static RecordLog about(CrmRecord record) {
    String key = record.ref().key();
    return about(key, key + "@" + record.modifiedAt().toEpochMilli());
  }

  /** The correlation id of the change a write answers: a field write's key without its prefix, else the key. */
  static String correlationIdOfWrite(String idempotencyKey) {
    return idempotencyKey.startsWith(FIELDS_KEY) ? idempotencyKey.substring(FIELDS_KEY.length()) : idempotencyKey;
  }

  @Override
  public void close() {
    MDC.remove(RECORD);
    MDC.remove(CORRELATION_ID);
  }
}
