package io.revbridge.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One record write the sandbox accepted through the API: a batch update of 100 records gives 100 entries
 * sharing one {@code requestId}. {@code endpoint} is the normalised method and path, e.g.
 * {@code "POST /crm/v3/objects/contacts/batch/update"}; {@code properties} are the values as stored.
 * Edits made with {@code HubSpotSandbox.edit} (a human in the CRM UI) are not API writes and never appear.
 */
public record SandboxWrite(
    Instant at,
    String endpoint,
    String objectType,
    String id,
    Map<String, String> properties,
    String requestId) {

  public SandboxWrite {
    properties = Map.copyOf(properties);
  }
}
