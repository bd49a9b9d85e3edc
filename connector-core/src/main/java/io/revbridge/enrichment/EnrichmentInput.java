package io.revbridge.enrichment;

import java.util.Map;
import java.util.Objects;

/**
 * One record as a provider sees it: the values the CRM holds ({@code known}, by canonical field name such as
 * {@code person.email}) and the values earlier providers already settled. {@link #value} prefers a settled value,
 * so a provider that needs {@code company.domain} finds it whether a human typed it or the email provider derived it.
 */
public record EnrichmentInput(String key, Map<String, Object> known, Map<String, Provenanced<?>> settled) {
  public EnrichmentInput {
    Objects.requireNonNull(key, "key");
    known = known == null ? Map.of() : known;
    settled = settled == null ? Map.of() : settled;
  }

  public static EnrichmentInput of(String key, Map<String, Object> known) {
    return new EnrichmentInput(key, known, Map.of());
  }

  /** The settled value of a field, else the CRM's, else {@code null}; blank text counts as absent. */
  public Object value(String field) {
    Provenanced<?> done = settled.get(field);
    if (done != null) {
      return done.value();
    }
    Object raw = known.get(field);
    return raw instanceof String text && text.isBlank() ? null : raw;
  }

  /** {@link #value} as text, or {@code null}. */
  public String text(String field) {
    Object value = value(field);
    return value == null ? null : value.toString();
  }

  /** How sure we are of {@link #value}: the settling provider's confidence, 1 for a CRM value, 0 when absent. */
  public double confidence(String field) {
    Provenanced<?> done = settled.get(field);
    if (done != null) {
      return done.confidence();
    }
    return value(field) == null ? 0.0 : 1.0;
  }
}
