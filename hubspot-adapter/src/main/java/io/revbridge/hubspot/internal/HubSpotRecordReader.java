package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.RecordReader;
import io.revbridge.spi.RejectedCrmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Batch reads ({@code POST /crm/v3/objects/{type}/batch/read}, 100 ids per call). Ids HubSpot does not
 * know come back as 207 errors and are left out of the result. Association fields ({@code associations.companies})
 * are filled by {@link HubSpotAssociations}. Thread-safe.
 */
public final class HubSpotRecordReader implements RecordReader {
  private final String connection;
  private final HubSpotClient client;
  private final HubSpotAssociations associations;

  public HubSpotRecordReader(String connection, HubSpotClient client) {
    this.connection = connection;
    this.client = client;
    this.associations = new HubSpotAssociations(client);
  }

  @Override
  public List<CrmRecord> read(String objectType, List<String> ids, Set<String> fields) {
    HubSpotObjectType type = HubSpotObjectType.require(objectType);
    Set<String> properties = new TreeSet<>(HubSpotAssociations.properties(fields));
    properties.add(type.modifiedProperty());
    List<CrmRecord> records = new ArrayList<>();
    for (List<String> chunk : HubSpotBatches.chunks(List.copyOf(new LinkedHashSet<>(ids)))) {
      ObjectNode body = HubSpotJson.object();
      ArrayNode inputs = body.putArray("inputs");
      chunk.forEach(id -> inputs.addObject().put("id", id));
      ArrayNode props = body.putArray("properties");
      properties.forEach(props::add);
      HubSpotResponse response;
      try {
        response = client.send(HubSpotCall.post(
            "/crm/v3/objects/" + type.apiName() + "/batch/read", body, HubSpotCall.Repeat.SAFE));
      } catch (RejectedCrmException e) {
        if (HubSpotApiError.of(e).map(api -> api.status() == 404).orElse(false)) {
          continue; // none of these ids exists
        }
        throw e;
      }
      response.body().path("results")
          .forEach(node -> records.add(HubSpotObject.from(node).toRecord(connection, type)));
    }
    return associations.attach(type, records, fields);
  }
}
