package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@code dealstage} history of deals: {@code POST /crm/v3/objects/deals/batch/read} with
 * {@code propertiesWithHistory: ["dealstage"]}, whose every result carries each value the stage was set to with its
 * timestamp (api-notes §1, record shape). HubSpot sends the newest version first; the order is not documented, so the
 * versions are sorted by timestamp here. 50 ids per call: HubSpot refuses more inputs when histories are asked for
 * ("The maximum number of inputs supported in a batch request for property histories is 50"). Through the
 * connection's client, so paced, retried and counted like every other call. Thread-safe (stateless).
 */
public final class HubSpotStageHistory implements StageHistory {
  /** Inputs per batch read with property history. */
  public static final int HISTORY_BATCH = 50;
  static final String STAGE = "dealstage";

  private final HubSpotClient client;

  public HubSpotStageHistory(HubSpotClient client) {
    this.client = client;
  }

  @Override
  public List<String> objectTypes() {
    return List.of(HubSpotObjectType.DEALS.apiName());
  }

  @Override
  public Map<String, List<StageChange>> read(String objectType, List<String> ids) {
    if (!objectTypes().contains(objectType)) {
      throw new IllegalArgumentException("HubSpot keeps a stage history of deals only, not of " + objectType);
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    Map<String, List<StageChange>> out = new LinkedHashMap<>();
    for (int from = 0; from < distinct.size(); from += HISTORY_BATCH) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + HISTORY_BATCH));
      ObjectNode body = HubSpotJson.object();
      ArrayNode inputs = body.putArray("inputs");
      chunk.forEach(id -> inputs.addObject().put("id", id));
      body.putArray("properties").add(STAGE);
      body.putArray("propertiesWithHistory").add(STAGE);
      HubSpotResponse response;
      try {
        response = client.send(HubSpotCall.post("/crm/v3/objects/" + objectType + "/batch/read", body,
            HubSpotCall.Repeat.SAFE));
      } catch (RejectedCrmException e) {
        if (HubSpotApiError.of(e).map(api -> api.status() == 404).orElse(false)) {
          continue; // none of these ids exists
        }
        throw e;
      }
      for (JsonNode result : response.body().path("results")) {
        List<StageChange> changes = changes(result.path("propertiesWithHistory").path(STAGE));
        String id = HubSpotJson.text(result, "id");
        if (id != null && !changes.isEmpty()) {
          out.put(id, changes);
        }
      }
    }
    return out;
  }

  /** The versions oldest first; versions without a value or a readable timestamp are left out. */
  static List<StageChange> changes(JsonNode versions) {
    List<StageChange> changes = new ArrayList<>();
    for (JsonNode v : versions) {
      String value = HubSpotJson.text(v, "value");
      Instant at = HubSpotObject.parseTime(HubSpotJson.text(v, "timestamp"));
      if (value != null && !value.isBlank() && at != null) {
        changes.add(new StageChange(value, at));
      }
    }
    changes.sort(Comparator.comparing(StageChange::enteredAt));
    return changes;
  }
}
