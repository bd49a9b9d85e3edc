package io.revbridge.spi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An incoming webhook exactly as received: signatures are computed over the raw body bytes and the
 * public URL the CRM called, so neither may be re-serialised or rewritten before verification.
 */
public record WebhookRequest(
    String method, String url, Map<String, List<String>> headers, byte[] body, Instant receivedAt) {

  public WebhookRequest {
    Map<String, List<String>> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Map.copyOf(lower);
  }

  /** First value of a header, case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
