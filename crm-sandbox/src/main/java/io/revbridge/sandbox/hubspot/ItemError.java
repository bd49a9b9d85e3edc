package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why one item of a write failed. A single-record endpoint turns it into the response ({@link #toBody()});
 * a batch endpoint into one {@code errors[]} entry that names the input ({@link #toBatchError}).
 */
record ItemError(int status, String category, String message, List<PropertyProblem> problems,
    Map<String, List<String>> context) {

  static ItemError invalidProperties(List<PropertyProblem> problems) {
    return new ItemError(400, "VALIDATION_ERROR", HubSpotErrors.propertyValuesMessage(problems), problems,
        Map.of("propertyName", problems.stream().map(PropertyProblem::name).distinct().toList()));
  }

  static ItemError validation(String message, Map<String, List<String>> context) {
    return new ItemError(400, "VALIDATION_ERROR", message, List.of(), context);
  }

  static ItemError notFound(ObjectType type, String id) {
    return new ItemError(404, "OBJECT_NOT_FOUND", "No " + type.singular() + " with id " + id
        + " exists (it may be archived or never existed).", List.of(), Map.of("ids", List.of(id)));
  }

  static ItemError conflict(String message) {
    return new ItemError(409, "CONFLICT", message, List.of(), Map.of());
  }

  ApiException toException() {
    return new ApiException(status, toBody());
  }

  ObjectNode toBody() {
    ObjectNode n = HubSpotErrors.body(message, category);
    if (!problems.isEmpty()) {
      n.set("errors", HubSpotErrors.propertyErrors(problems));
    }
    if (!context.isEmpty()) {
      n.set("context", contextJson(context));
    }
    return n;
  }

  /** The batch {@code errors[]} entry: {@code context.ids} (and the trace id, if any) name the failed input. */
  ObjectNode toBatchError(String inputId, String objectWriteTraceId) {
    Map<String, List<String>> ctx = new LinkedHashMap<>(context);
    if (inputId != null) {
      ctx.put("ids", List.of(inputId));
    }
    if (objectWriteTraceId != null) {
      ctx.put("objectWriteTraceId", List.of(objectWriteTraceId));
    }
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("category", category);
    n.put("message", message);
    n.set("context", contextJson(ctx));
    if (!problems.isEmpty()) {
      n.set("errors", HubSpotErrors.propertyErrors(problems));
    }
    return n;
  }

  private static ObjectNode contextJson(Map<String, List<String>> context) {
    ObjectNode c = Json.object();
    context.forEach((k, v) -> c.set(k, Json.strings(v)));
    return c;
  }
}
