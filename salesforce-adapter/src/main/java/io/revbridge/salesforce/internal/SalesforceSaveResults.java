package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.SaveResult;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.WriteResult;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One SaveResult per sent record, in order: each becomes the {@link WriteResult} of its item. */
final class SalesforceSaveResults {
  /** Per-record codes that succeed when tried again later. */
  private static final Set<String> TRANSIENT = Set.of("UNABLE_TO_LOCK_ROW");

  private SalesforceSaveResults() {}

  /**
   * The result of an update of {@code ref}: as {@link #toResult}, except that Salesforce saying the record itself
   * is gone ({@code ENTITY_IS_DELETED}, or {@code INVALID_CROSS_REFERENCE_KEY} blaming the {@code Id} or no field)
   * is {@link ErrorKind#RECORD_GONE}, so it is never written to again. The same code on another field (a bad
   * {@code OwnerId}) stays this write's own failure.
   */
  static WriteResult toUpdateResult(String key, RecordRef ref, SaveResult result) {
    WriteResult plain = toResult(key, ref, result);
    return plain.error().filter(SalesforceSaveResults::recordGone)
        .map(e -> WriteResult.failed(key, new CrmError(ErrorKind.RECORD_GONE, e.code(), ref + " is no longer in "
            + "Salesforce (deleted or merged): " + e.message(), e.fields())))
        .orElse(plain);
  }

  private static boolean recordGone(CrmError e) {
    return e.code().equals("ENTITY_IS_DELETED")
        || (e.code().equals("INVALID_CROSS_REFERENCE_KEY") && (e.fields().isEmpty() || e.fields().contains("Id")));
  }

  static WriteResult toResult(String key, RecordRef ref, SaveResult result) {
    if (result.isSuccess()) {
      return WriteResult.ok(key, ref);
    }
    Error[] errors = result.getErrors() == null ? new Error[0] : result.getErrors();
    if (errors.length == 0) {
      return WriteResult.failed(key, new CrmError(ErrorKind.PERMANENT_ITEM, "UNKNOWN", "Salesforce gave no reason",
          List.of()));
    }
    Error first = errors[0];
    String code = first.getStatusCode() == null ? "UNKNOWN" : first.getStatusCode().name();
    String message = Arrays.stream(errors).map(Error::getMessage).reduce((a, b) -> a + "; " + b).orElse("");
    List<String> fields = Arrays.stream(errors)
        .flatMap(e -> e.getFields() == null ? java.util.stream.Stream.empty() : Arrays.stream(e.getFields()))
        .distinct().toList();
    ErrorKind kind = TRANSIENT.contains(code) ? ErrorKind.RETRYABLE : ErrorKind.PERMANENT_ITEM;
    return WriteResult.failed(key, new CrmError(kind, code, message, fields));
  }

  /** Salesforce answered fewer results than records sent: the rest are unknown, so they are retried. */
  static WriteResult missing(String key) {
    return WriteResult.failed(key, new CrmError(ErrorKind.RETRYABLE, "NO_RESULT",
        "Salesforce returned no result for this record", List.of()));
  }
}
