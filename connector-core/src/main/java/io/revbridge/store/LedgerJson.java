package io.revbridge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** A record's ledger values as the one JSON object its row holds: field → value last written, sorted by field. */
final class LedgerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> FIELDS = new TypeReference<>() {};

  private LedgerJson() {}

  static String write(Map<String, String> fields) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(fields));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TreeMap<String, String> read(String json) {
    try {
      return MAPPER.readValue(json, FIELDS);
    } catch (JsonProcessingException e) {
      throw new StoreException("the ledger holds a row that is not a JSON object of texts: " + e.getOriginalMessage(), e);
    }
  }
}
