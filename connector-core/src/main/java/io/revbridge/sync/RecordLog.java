package io.revbridge.sync;

import org.slf4j.MDC;

/**
 * Puts the record a log line is about into the logging context (MDC keys {@code record} and
 * {@code correlationId}), so every line about one record's change can be found by either. The correlation
 * id is the write's idempotency key, which names the record and the version it answers. Only ids: never
 * field values, which may be personal data. Use with try-with-resources on the thread that logs.
 */
final class RecordLog implements AutoCloseable {
  static final String RECORD = "record";
  static final String CORRELATION_ID = "correlationId";

  private RecordLog() {}

  static RecordLog about(String record, String correlationId) {
    MDC.put(RECORD, record);
    MDC.put(CORRELATION_ID, correlationId);
    return new RecordLog();
  }

  @Override
  public void close() {
    MDC.remove(RECORD);
    MDC.remove(CORRELATION_ID);
  }
}
