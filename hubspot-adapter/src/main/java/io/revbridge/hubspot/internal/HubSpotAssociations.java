package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.RejectedCrmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Associated records as fields: a mapping that reads {@code associations.companies} (or {@code .contacts},
 * {@code .deals}) gets the id of the record's primary (else first) associated company in that field. Search
 * returns no associations (api-notes §1, §6), so they are read separately with the v4 batch read
 * ({@code POST /crm/v4/associations/{from}/{to}/batch/read}, 100 ids per call), one call per target type per
 * page of records, and only when a mapping asks. Ids without associations come back as 207 errors
 * ({@code NO_ASSOCIATIONS_FOUND}) and simply get no field. Thread-safe.
 */
public final class HubSpotAssociations {
  public static final String PREFIX = "associations.";
  /** HubSpot-defined "Primary" association types: contact to company 1, deal to company 5 (api-notes §6). */
  private static final Set<Integer> PRIMARY = Set.of(1, 5);

  private final HubSpotClient client;

  public HubSpotAssociations(HubSpotClient client) {
    this.client = client;
  }

  /** The requested fields that are HubSpot properties, i.e. without the association pseudo-fields. */
  public static Set<String> properties(Set<String> fields) {
    Set<String> out = new LinkedHashSet<>();
    fields.stream().filter(f -> !f.startsWith(PREFIX)).forEach(out::add);
    return out;
  }

  /** The object types named by association pseudo-fields; an unknown one is a mapping mistake. */
  static List<HubSpotObjectType> targets(Set<String> fields) {
    List<HubSpotObjectType> out = new ArrayList<>();
    for (String field : fields) {
      if (field.startsWith(PREFIX)) {
        String name = field.substring(PREFIX.length());
        out.add(HubSpotObjectType.byApiName(name).orElseThrow(() -> new IllegalArgumentException(
            "field '" + field + "' names no HubSpot object; use " + PREFIX + "companies, " + PREFIX + "contacts or "
                + PREFIX + "deals")));
      }
    }
    return out;
  }

  /** The records with the association fields the request asked for; records without associations are unchanged. */
  public List<CrmRecord> attach(HubSpotObjectType type, List<CrmRecord> records, Set<String> fields) {
    List<HubSpotObjectType> targets = targets(fields);
    if (targets.isEmpty() || records.isEmpty()) {
      return records;
    }
    List<String> ids = records.stream().map(r -> r.ref().id()).distinct().toList();
    Map<String, Map<String, String>> extra = new HashMap<>();
    for (HubSpotObjectType to : targets) {
      read(type, to, ids).forEach((from, associated) ->
          extra.computeIfAbsent(from, k -> new LinkedHashMap<>()).put(PREFIX + to.apiName(), associated.get(0)));
    }
    List<CrmRecord> out = new ArrayList<>(records.size());
    for (CrmRecord r : records) {
      Map<String, String> add = extra.get(r.ref().id());
      if (add == null) {
        out.add(r);
      } else {
        Map<String, String> merged = new LinkedHashMap<>(r.fields());
        merged.putAll(add);
        out.add(new CrmRecord(r.ref(), r.modifiedAt(), merged, r.archived()));
      }
    }
    return out;
  }

  /**
   * For each of {@code ids} that has associations to {@code to}: the associated ids, primary first, then in
   * HubSpot's order. Only the first page of each record's associations is read (up to 500): enough to name
   * the primary one, which is all the canonical model keeps.
   */
  public Map<String, List<String>> read(HubSpotSearchable from, HubSpotObjectType to, List<String> ids) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<String> chunk : HubSpotBatches.chunks(ids)) {
      ObjectNode body = HubSpotJson.object();
      ArrayNode inputs = body.putArray("inputs");
      chunk.forEach(id -> inputs.addObject().put("id", id));
      Optional<HubSpotResponse> response = send(from, to, body);
      response.ifPresent(r -> r.body().path("results").forEach(result -> {
        String fromId = HubSpotJson.text(result.path("from"), "id");
        List<String> associated = ordered(result.path("to"));
        if (fromId != null && !associated.isEmpty()) {
          out.put(fromId, associated);
        }
      }));
    }
    return out;
  }

  private Optional<HubSpotResponse> send(HubSpotSearchable from, HubSpotObjectType to, ObjectNode body) {
    try {
      return Optional.of(client.send(HubSpotCall.post(
          "/crm/v4/associations/" + from.apiName() + "/" + to.apiName() + "/batch/read", body,
          HubSpotCall.Repeat.SAFE)));
    } catch (RejectedCrmException e) {
      if (HubSpotApiError.of(e).map(api -> api.status() == 404).orElse(false)) {
        return Optional.empty(); // none of these records exists any more, or none has an association
      }
      throw e;
    }
  }

  private static List<String> ordered(JsonNode targets) {
    List<String> primary = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (JsonNode t : targets) {
      String id = HubSpotJson.text(t, "toObjectId");
      if (id == null) {
        continue;
      }
      boolean isPrimary = false;
      for (JsonNode type : t.path("associationTypes")) {
        isPrimary |= PRIMARY.contains(type.path("typeId").asInt()) || "Primary".equals(HubSpotJson.text(type, "label"));
      }
      (isPrimary ? primary : others).add(id);
    }
    primary.addAll(others);
    return primary;
  }
}
