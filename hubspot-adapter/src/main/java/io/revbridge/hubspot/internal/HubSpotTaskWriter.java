package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates follow-up tasks through {@code POST /crm/v3/objects/tasks/batch/create}, 100 per call, each
 * associated with its record (api-notes §6) and tagged with {@code objectWriteTraceId} = idempotency key
 * so 207 answers map back to inputs.
 *
 * <p>Creates are not idempotent in HubSpot, so the client repeats a create only when HubSpot certainly did
 * not act on it (429, host unreachable). Each task carries Revbridge's key ({@link HubSpotTaskKeys}) and
 * tasks whose key HubSpot already holds are reported, not created again, so the engine may retry a
 * create whose outcome is unknown. Without the key property, such a task fails with {@code UNKNOWN_OUTCOME}
 * rather than being retried into a duplicate. The lookup is a search (5 per second per account, the scarcest
 * limit during a backfill), so when the engine says which tasks may exist, only those are looked up.
 */
final class HubSpotTaskWriter {
  private final String connection;
  private final HubSpotClient client;
  private final HubSpotTaskKeys taskKeys;

  HubSpotTaskWriter(String connection, HubSpotClient client, HubSpotPropertyGroups groups) {
    this.connection = connection;
    this.client = client;
    this.taskKeys = new HubSpotTaskKeys(connection, client, groups);
  }

  /**
   * @param mayExist the keys of tasks an earlier attempt may have created; null means any of them may, so all are
   *     looked up
   */
  List<WriteResult> create(List<TaskSpec> specs, Set<String> mayExist) {
    List<WriteResult> results = new ArrayList<>();
    List<TaskSpec> valid = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (TaskSpec spec : specs) {
      Optional<CrmError> problem = problem(spec, keys);
      if (problem.isPresent()) {
        results.add(WriteResult.failed(spec.idempotencyKey(), problem.get()));
      } else {
        valid.add(spec);
      }
    }
    boolean keyed = !valid.isEmpty() && taskKeys.available();
    List<String> toLookUp = valid.stream().map(TaskSpec::idempotencyKey)
        .filter(key -> mayExist == null || mayExist.contains(key)).toList();
    if (keyed && !toLookUp.isEmpty()) {
      Map<String, String> existing = taskKeys.existing(toLookUp);
      List<TaskSpec> toCreate = new ArrayList<>();
      for (TaskSpec spec : valid) {
        String id = existing.get(spec.idempotencyKey());
        if (id != null) {
          // An earlier attempt created it (its answer was lost): report that task, make no second one.
          results.add(WriteResult.ok(spec.idempotencyKey(), new RecordRef(connection, "tasks", id)));
        } else {
          toCreate.add(spec);
        }
      }
      valid = toCreate;
    }
    results.addAll(HubSpotBatches.write(
        HubSpotBatches.chunks(valid), TaskSpec::idempotencyKey, spec -> properties(spec).keySet(),
        batch -> send(batch, keyed)));
    return results;
  }

  private static Optional<CrmError> problem(TaskSpec spec, Set<String> keys) {
    if (!keys.add(spec.idempotencyKey())) {
      return Optional.of(CrmError.permanent("DUPLICATE_IDEMPOTENCY_KEY",
          "another task in this call has the idempotency key " + spec.idempotencyKey()));
    }
    if (HubSpotObjectType.byApiName(spec.about().objectType()).isEmpty()) {
      return Optional.of(CrmError.permanent("UNSUPPORTED_ASSOCIATION",
          "a task can be about " + HubSpotObjectType.supported() + ", not " + spec.about().objectType()));
    }
    if (spec.dueAt() == null) {
      return Optional.of(CrmError.permanent("MISSING_DUE_DATE", "HubSpot requires a due time (hs_timestamp)"));
    }
    return Optional.empty();
  }

  static Map<String, String> properties(TaskSpec spec) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("hs_timestamp", spec.dueAt().toString());
    putIfPresent(p, "hs_task_subject", spec.subject());
    putIfPresent(p, "hs_task_body", spec.body());
    p.put("hs_task_status", "NOT_STARTED");
    putIfPresent(p, "hs_task_priority", spec.priority() == null ? null : spec.priority().name());
    putIfPresent(p, "hs_task_type", spec.type() == null ? null : spec.type().name());
    putIfPresent(p, "hubspot_owner_id", spec.ownerId());
    return p;
  }

  /** One {@code associations[]} entry: the HubSpot-defined task-to-record type (api-notes §6). */
  private static void associate(ArrayNode associations, io.revbridge.model.RecordRef ref) {
    ObjectNode association = associations.addObject();
    association.putObject("to").put("id", ref.id());
    association.putArray("types").addObject()
        .put("associationCategory", "HUBSPOT_DEFINED")
        .put("associationTypeId", HubSpotObjectType.require(ref.objectType()).taskAssociationTypeId());
  }

  private List<WriteResult> send(List<TaskSpec> batch, boolean keyed) {
    ObjectNode body = HubSpotJson.object();
    ArrayNode inputs = body.putArray("inputs");
    for (TaskSpec spec : batch) {
      ObjectNode input = inputs.addObject();
      ObjectNode props = input.putObject("properties");
      properties(spec).forEach(props::put);
      if (keyed) {
        props.put(HubSpotTaskKeys.PROPERTY, HubSpotTaskKeys.value(spec.idempotencyKey()));
      }
      ArrayNode associations = input.putArray("associations");
      associate(associations, spec.about());
      spec.alsoAbout().stream()
          .filter(ref -> ref.connection().equals(spec.about().connection()) && !ref.equals(spec.about()))
          .filter(ref -> HubSpotObjectType.byApiName(ref.objectType()).isPresent())
          .distinct()
          .forEach(ref -> associate(associations, ref));
      input.put("objectWriteTraceId", spec.idempotencyKey());
    }
    HubSpotResponse response = client.send(
        HubSpotCall.post("/crm/v3/objects/tasks/batch/create", body, HubSpotCall.Repeat.UNSENT_ONLY));

    Map<String, WriteResult> byKey = new HashMap<>();
    List<String> untracedIds = new ArrayList<>();
    for (JsonNode result : response.body().path("results")) {
      String key = HubSpotJson.text(result, "objectWriteTraceId");
      RecordRef ref = new RecordRef(connection, "tasks", HubSpotJson.text(result, "id"));
      if (key != null) {
        byKey.put(key, WriteResult.ok(key, ref));
      } else {
        untracedIds.add(ref.id());
      }
    }
    for (JsonNode error : response.body().path("errors")) {
      CrmError crmError = HubSpotItemErrors.fromErrorNode(error, null);
      HubSpotItemErrors.context(error, "objectWriteTraceId")
          .forEach(key -> byKey.putIfAbsent(key, WriteResult.failed(key, crmError)));
    }
    List<TaskSpec> unanswered = batch.stream().filter(s -> !byKey.containsKey(s.idempotencyKey())).toList();
    // Without trace ids echoed, results follow input order; only trust that when the counts agree.
    boolean inOrder = !untracedIds.isEmpty() && untracedIds.size() == unanswered.size();
    List<WriteResult> results = new ArrayList<>();
    for (TaskSpec spec : batch) {
      WriteResult known = byKey.get(spec.idempotencyKey());
      if (known != null) {
        results.add(known);
      } else if (inOrder) {
        String id = untracedIds.get(unanswered.indexOf(spec));
        results.add(WriteResult.ok(spec.idempotencyKey(), new RecordRef(connection, "tasks", id)));
      } else {
        results.add(WriteResult.failed(spec.idempotencyKey(), keyed
            ? new CrmError(ErrorKind.RETRYABLE, "UNKNOWN_OUTCOME", "HubSpot's answer did not say whether this task"
                + " was created; the retry looks for its key first", List.of())
            : CrmError.permanent("UNKNOWN_OUTCOME", "HubSpot's answer did not say whether this task was created;"
                + " check HubSpot before creating it again")));
      }
    }
    return results;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }
}
