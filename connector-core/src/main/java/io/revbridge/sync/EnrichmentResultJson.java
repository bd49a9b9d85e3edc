package io.revbridge.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.Provenanced;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes an {@link EnrichmentResult} exactly as Jackson's record serialisation does ({@code recordKey}, {@code fields}
 * with value, provider, confidence and fetchedAt each, {@code failures}), but formats each fetch time once per result:
 * a result's twenty-odd fields share the few times its providers answered at, and formatting an {@link Instant} is
 * most of what writing a field used to cost. Only for {@link Json}'s mapper, whose times are ISO-8601 text.
 */
final class EnrichmentResultJson extends StdSerializer<EnrichmentResult> {
  EnrichmentResultJson() {
    super(EnrichmentResult.class);
  }

  @Override
  public void serialize(EnrichmentResult result, JsonGenerator gen, SerializerProvider serializers)
      throws IOException {
    gen.writeStartObject(result);
    gen.writeFieldName("recordKey");
    writeText(result.recordKey(), gen);
    gen.writeFieldName("fields");
    gen.writeStartObject(result.fields());
    Map<Instant, String> times = new HashMap<>(8);
    for (Map.Entry<String, Provenanced<?>> entry : result.fields().entrySet()) {
      Provenanced<?> field = entry.getValue();
      gen.writeFieldName(entry.getKey());
      gen.writeStartObject(field);
      serializers.defaultSerializeField("value", field.value(), gen);
      gen.writeStringField("provider", field.provider());
      gen.writeNumberField("confidence", field.confidence());
      gen.writeStringField("fetchedAt", times.computeIfAbsent(field.fetchedAt(), Instant::toString));
      gen.writeEndObject();
    }
    gen.writeEndObject();
    serializers.defaultSerializeField("failures", result.failures(), gen);
    gen.writeEndObject();
  }

  private static void writeText(String text, JsonGenerator gen) throws IOException {
    if (text == null) {
      gen.writeNull();
    } else {
      gen.writeString(text);
    }
  }
}
