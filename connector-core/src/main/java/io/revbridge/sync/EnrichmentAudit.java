package io.revbridge.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.revbridge.enrichment.Confidence;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.ProviderFailure;
import io.revbridge.enrichment.Provenanced;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline records about one person's enrichment: the audit entry's short decision and JSON detail
 * (every field with value, provider, confidence and fetched-at; every failure), and the one-line provenance
 * summary an outbound field may carry ({@code person.role: title-rules 0.9; company.sizeBand: derived 1}).
 * Public for {@link #detail} alone, which the benchmarks' whole-pipeline measure calls as the engine does.
 */
public final class EnrichmentAudit {
  static final String STAGE = "enrich";

  // Jackson flushes the generator after each value it serialises itself; into a string that is only copying.
  private static final ObjectWriter WRITER =
      Json.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

  private EnrichmentAudit() {}

  /** {@code role DECISION_MAKER, size 50-200, customer}: what routing and scoring care about most. */
  static String decision(EnrichedPerson p) {
    List<String> parts = new ArrayList<>();
    parts.add("role " + p.role());
    p.sizeBand().ifPresent(b -> parts.add("size " + b));
    p.region().ifPresent(r -> parts.add("region " + r));
    if (p.existingCustomer()) {
      parts.add("customer");
    }
    int failures = p.enrichment().failures().size();
    if (failures > 0) {
      parts.add(failures + (failures == 1 ? " provider failed" : " providers failed"));
    }
    return String.join(", ", parts);
  }

  /** The result as JSON: {@code {"fields": {name: {value, provider, confidence, fetchedAt}}, "failures": [...]}}. */
  public static String detail(EnrichmentResult result) {
    // Streamed rather than built as maps for Jackson to walk: 2.8 KB less of the ~40 KB the whole in-memory pipeline
    // allocates per record (PipelineBenchmark, -prof gc).
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator json = WRITER.createGenerator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("fields");
      String[] names = result.fields().keySet().toArray(String[]::new);
      Arrays.sort(names);
      // A result's twenty-odd fields share the few times its providers answered at; formatting each time once (as
      // Jackson would: ISO-8601) was a tenth of the pipeline's CPU.
      Map<Instant, String> times = new HashMap<>(8);
      for (String name : names) {
        Provenanced<?> p = result.fields().get(name);
        json.writeObjectFieldStart(name);
        json.writeFieldName("value");
        writeValue(json, p.value());
        json.writeStringField("provider", p.provider());
        json.writeNumberField("confidence", p.confidence());
        json.writeStringField("fetchedAt", times.computeIfAbsent(p.fetchedAt(), Instant::toString));
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("failures");
      for (ProviderFailure f : result.failures()) {
        json.writeStartObject();
        json.writeStringField("provider", f.provider());
        json.writeStringField("kind", f.kind().name());
        json.writeStringField("message", f.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Plain values as Jackson writes them, without its serialiser lookup per value; anything else through Jackson. */
  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof Double number) {
      json.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else {
      json.writeObject(value);
    }
  }

  /**
   * The fields providers filled (not the CRM's own values), by name: stable across passes as long as the sources
   * say the same, so writing it back does not make every pass write again.
   */
  static String summary(EnrichmentResult result) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(result.fields()).forEach((name, p) -> {
      if (!Provenanced.CRM.equals(p.provider())) {
        parts.add(name + ": " + p.provider() + " " + Confidence.format(p.confidence()));
      }
    });
    return String.join("; ", parts);
  }
}
