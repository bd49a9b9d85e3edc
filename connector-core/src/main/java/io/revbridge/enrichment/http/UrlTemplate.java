package io.revbridge.enrichment.http;

import io.revbridge.enrichment.EnrichmentInput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A URL with canonical fields in braces: {@code https://api.vendor.com/v2/companies/find?domain={company.domain}}.
 * Parsed once; values are URL-encoded when expanded, so an email's {@code +} or {@code @} cannot change the request.
 */
public final class UrlTemplate {
  private final String template;
  private final List<String> literals = new ArrayList<>();
  private final List<String> fields = new ArrayList<>();

  public UrlTemplate(String template) {
    this.template = template;
    int at = 0;
    while (true) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        literals.add(template.substring(at));
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0 || close == open + 1) {
        throw new IllegalArgumentException("URL template '" + template + "' has an unclosed or empty {} at position "
            + open + "; write a canonical field in braces, e.g. {company.domain}");
      }
      literals.add(template.substring(at, open));
      fields.add(template.substring(open + 1, close).strip());
      at = close + 1;
    }
    if (!template.startsWith("http://") && !template.startsWith("https://")) {
      throw new IllegalArgumentException("URL template '" + template + "' must start with https:// (or http://)");
    }
  }

  public List<String> fields() {
    return List.copyOf(fields);
  }

  /** The URL for one record, or {@code null} when a field it needs has no value (nothing to look up). */
  public String expand(EnrichmentInput input) {
    StringBuilder url = new StringBuilder(template.length() + 32);
    for (int i = 0; i < fields.size(); i++) {
      String value = input.text(fields.get(i));
      if (value == null) {
        return null;
      }
      url.append(literals.get(i)).append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
    return url.append(literals.get(fields.size())).toString();
  }

  @Override
  public String toString() {
    return template;
  }
}
