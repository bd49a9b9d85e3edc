package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.RejectedCrmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads why one item failed out of a HubSpot error (a 207 {@code errors[]} entry or a whole 400 body),
 * as specifically as HubSpot says it. Validation messages embed a JSON array as text (api-notes §3):
 * {@code "Property values were not valid: [{\"error\":\"PROPERTY_DOESNT_EXIST\",\"name\":\"foo\",...}]"};
 * its codes and property names win over the generic {@code VALIDATION_ERROR} category. A record HubSpot no
 * longer has ({@code OBJECT_NOT_FOUND}, or a lone item rejected with 404) is {@link ErrorKind#RECORD_GONE}: the
 * engine marks it deleted instead of dead-lettering a write that can never succeed.
 */
public final class HubSpotItemErrors {
  private HubSpotItemErrors() {}

  public static final String OBJECT_NOT_FOUND = "OBJECT_NOT_FOUND";

  public static CrmError fromErrorNode(JsonNode error, String messageOverride) {
    List<JsonNode> embedded = embeddedPropertyErrors(HubSpotJson.text(error, "message"));
    Set<String> fields = new LinkedHashSet<>();
    String code = null;
    List<String> messages = new ArrayList<>();
    for (JsonNode e : embedded) {
      code = code == null ? HubSpotJson.text(e, "error") : code;
      addIfPresent(fields, HubSpotJson.text(e, "name"));
      addIfPresent(messages, HubSpotJson.text(e, "message"));
    }
    for (JsonNode e : error.path("errors")) {
      code = code == null ? HubSpotJson.text(e, "code") : code;
      fields.addAll(HubSpotJson.texts(e.path("context"), "propertyName"));
    }
    fields.addAll(HubSpotJson.texts(error.path("context"), "propertyName"));
    if (code == null) {
      code = firstNonNull(HubSpotJson.text(error, "category"), HubSpotJson.text(error, "errorType"), "ERROR");
    }
    String message = messageOverride != null ? messageOverride
        : !messages.isEmpty() ? String.join("; ", messages)
        : firstNonNull(HubSpotJson.text(error, "message"), code, code);
    ErrorKind kind = OBJECT_NOT_FOUND.equals(HubSpotJson.text(error, "category")) ? ErrorKind.RECORD_GONE
        : ErrorKind.PERMANENT_ITEM;
    return new CrmError(kind, code, message, List.copyOf(fields));
  }

  /** The item-level error behind a whole-call rejection of a one-item batch. */
  public static CrmError fromRejection(RejectedCrmException e) {
    return HubSpotApiError.of(e)
        .map(api -> {
          CrmError error = fromErrorNode(api.body().raw(), e.getMessage());
          // the 404 body may be empty (api-notes §3): the status alone says the record is gone
          return api.status() == 404 && error.kind() == ErrorKind.PERMANENT_ITEM
              ? new CrmError(ErrorKind.RECORD_GONE, error.code(), error.message(), error.fields()) : error;
        })
        .orElseGet(() -> new CrmError(ErrorKind.PERMANENT_ITEM, e.code(), e.getMessage(), List.of()));
  }

  /** The values of one key of an error's {@code context} ({@code id}, {@code ids}, {@code objectWriteTraceId}). */
  public static List<String> context(JsonNode error, String key) {
    return HubSpotJson.texts(error.path("context"), key);
  }

  private static List<JsonNode> embeddedPropertyErrors(String message) {
    List<JsonNode> out = new ArrayList<>();
    int start = message == null ? -1 : message.indexOf('[');
    if (start < 0) {
      return out;
    }
    try {
      JsonNode array = HubSpotJson.parse(message.substring(start));
      if (array.isArray()) {
        array.forEach(out::add);
      }
    } catch (JsonProcessingException notEmbeddedJson) {
      // a plain message that happens to contain '['
    }
    return out;
  }

  private static void addIfPresent(java.util.Collection<String> to, String value) {
    if (value != null && !value.isBlank()) {
      to.add(value);
    }
  }

  private static String firstNonNull(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
