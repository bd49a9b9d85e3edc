package io.revbridge.app.console;

import io.revbridge.model.RecordRef;
import java.util.Map;

/**
 * The link to a record in the CRM's own UI, from the connection's {@code recordUrl} template ({@code {id}},
 * {@code {object}}, {@code {objectTypeId}}). Without a template the id is shown with a hint, rather than a guessed URL.
 */
final class CrmLinks {
  private static final Map<String, String> HUBSPOT_TYPE_IDS = Map.of("contacts", "0-1", "companies", "0-2", "deals", "0-3");

  private CrmLinks() {}

  static String link(String template, RecordRef ref) {
    if (template == null || template.isBlank()) {
      return "<span class=\"muted\">" + Html.esc(ref.key()) + " — set <code>connections[].recordUrl</code> for"
          + " connection " + Html.esc(ref.connection()) + " to link records to the CRM.</span>";
    }
    String url = template.replace("{id}", Html.url(ref.id())).replace("{object}", Html.url(ref.objectType()))
        .replace("{objectTypeId}", HUBSPOT_TYPE_IDS.getOrDefault(ref.objectType(), Html.url(ref.objectType())));
    return "<a href=\"" + Html.esc(url) + "\" rel=\"noreferrer\" target=\"_blank\">Open " + Html.esc(ref.objectType()
        + " " + ref.id()) + " in the CRM</a>";
  }
}
