package io.revbridge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.ProviderAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's answer as JSON that reads back to the same Java values: each candidate keeps its value's type
 * ({@code text}, {@code int}, {@code decimal}, {@code bool}, {@code list}), because JSON alone would turn a
 * revenue of 12500000.50 into a double and a list of technologies into something no provider returns.
 * Any other value (an enum) is kept as its text, which every reader of enriched fields accepts.
 */
final class CachedAnswerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CachedAnswerJson() {}

  static String write(ProviderAnswer answer) {
    ObjectNode root = MAPPER.createObjectNode();
    answer.candidates().forEach((field, candidate) -> {
      ObjectNode c = root.putObject(field);
      c.put("confidence", candidate.confidence());
      Object value = candidate.value();
      if (value instanceof Boolean b) {
        c.put("type", "bool").put("value", b);
      } else if (value instanceof Integer i) {
        c.put("type", "int").put("value", i);
      } else if (value instanceof BigDecimal d) {
        c.put("type", "decimal").put("value", d.toPlainString());
      } else if (value instanceof List<?> list) {
        c.put("type", "list");
        list.forEach(item -> c.withArray("value").add(String.valueOf(item)));
      } else {
        c.put("type", "text").put("value", value instanceof Enum<?> e ? e.name() : value.toString());
      }
    });
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  static ProviderAnswer read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("an enrichment cache row holds invalid JSON: " + e.getOriginalMessage());
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    root.fields().forEachRemaining(entry -> {
      JsonNode c = entry.getValue();
      JsonNode v = c.get("value");
      Object value = switch (c.path("type").asText()) {
        case "bool" -> v.booleanValue();
        case "int" -> v.intValue();
        case "decimal" -> new BigDecimal(v.asText());
        case "list" -> {
          List<String> items = new ArrayList<>();
          v.forEach(item -> items.add(item.asText()));
          yield List.copyOf(items);
        }
        default -> v.asText();
      };
      candidates.put(entry.getKey(), new Candidate(value, c.path("confidence").doubleValue()));
    });
    return ProviderAnswer.of(candidates);
  }
}
