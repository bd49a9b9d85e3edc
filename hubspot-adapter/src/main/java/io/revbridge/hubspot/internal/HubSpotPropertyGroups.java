package io.revbridge.hubspot.internal;

import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure the property group "Revbridge" exists on an object type before Revbridge's properties are
 * created in it ({@code GET}, then {@code POST /crm/v3/properties/{type}/groups}; a 409 means someone was
 * first). Remembers the groups it has seen, per object type. Thread-safe.
 */
public final class HubSpotPropertyGroups {
  public static final String NAME = "revbridge";
  public static final String LABEL = "Revbridge";

  private final HubSpotClient client;
  private final Map<String, Boolean> present = new ConcurrentHashMap<>();

  public HubSpotPropertyGroups(HubSpotClient client) {
    this.client = client;
  }

  /**
   * @param objectType HubSpot's name, e.g. {@code contacts} or {@code tasks}
   * @return empty when the group exists (or was just created), else why it could not be created
   * @throws RetryableCrmException when HubSpot could not answer
   */
  public Optional<String> ensure(String objectType) {
    if (present.containsKey(objectType)) {
      return Optional.empty();
    }
    String path = "/crm/v3/properties/" + objectType + "/groups";
    try {
      client.send(HubSpotCall.get(path + "/" + NAME, Map.of()));
      present.put(objectType, true);
      return Optional.empty();
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      if (!HubSpotApiError.of(e).map(api -> api.status() == 404).orElse(false)) {
        return Optional.of(e.getMessage());
      }
    }
    try {
      client.send(HubSpotCall.post(path, HubSpotJson.object().put("name", NAME).put("label", LABEL)
          .put("displayOrder", -1), HubSpotCall.Repeat.UNSENT_ONLY));
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      if (!HubSpotApiError.of(e).map(api -> api.status() == 409).orElse(false)) {
        return Optional.of("could not create the property group '" + LABEL + "' on " + objectType + ": "
            + e.getMessage());
      }
    }
    present.put(objectType, true);
    return Optional.empty();
  }
}
