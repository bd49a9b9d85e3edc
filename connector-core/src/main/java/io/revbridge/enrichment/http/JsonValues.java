package io.revbridge.enrichment.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns a JSON value into the plain Java value a canonical field holds; objects and nulls give {@code null}. */
final class JsonValues {
  private JsonValues() {}

  static Object of(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.asText().strip();
      return text.isEmpty() ? null : text;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asText());
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        if (item.isValueNode() && !item.isNull()) {
          items.add(item.asText());
        }
      }
      return items.isEmpty() ? null : List.copyOf(items);
    }
    return null;
  }
}
