package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field updates through {@code POST /crm/v3/objects/{type}/batch/update}, 100 per call, one result per
 * input. HubSpot's 207 errors are mapped back to inputs by {@code objectWriteTraceId} (the idempotency
 * key) or by record id; see {@link HubSpotBatches} for whole-batch rejections. Tasks are created by
 * {@link HubSpotTaskWriter}. Thread-safe.
 */
public final class HubSpotRecordWriter implements RecordWriter {
  private final String connection;
  private final HubSpotClient client;
  private final HubSpotTaskWriter tasks;

  public HubSpotRecordWriter(String connection, HubSpotClient client) {
    this.connection = connection;
    this.client = client;
    this.tasks = new HubSpotTaskWriter(connection, client, new HubSpotPropertyGroups(client));
  }

  @Override
  public List<WriteResult> update(String objectType, List<FieldWrite> writes) {
    HubSpotObjectType type = HubSpotObjectType.require(objectType);
    List<WriteResult> results = new ArrayList<>();
    List<FieldWrite> valid = new ArrayList<>();
    for (FieldWrite write : writes) {
      if (!write.ref().objectType().equals(type.apiName())) {
        results.add(WriteResult.failed(write.idempotencyKey(), CrmError.permanent("WRONG_OBJECT_TYPE",
            "write for " + write.ref() + " was sent in a batch of " + type.apiName())));
      } else if (write.values().isEmpty()) {
        results.add(WriteResult.ok(write.idempotencyKey(), write.ref()));
      } else {
        valid.add(write);
      }
    }
    results.addAll(HubSpotBatches.write(
        chunksWithDistinctIds(valid), FieldWrite::idempotencyKey, w -> w.values().keySet(),
        batch -> send(type, batch)));
    return results;
  }

  @Override
  public List<WriteResult> createTasks(List<TaskSpec> specs) {
    return tasks.create(specs, null);
  }

  @Override
  public List<WriteResult> createTasks(List<TaskSpec> specs, Set<String> mayExist) {
    return tasks.create(specs, mayExist);
  }

  @Override
  public int maxBatch() {
    return HubSpotBatches.MAX_BATCH;
  }

  /** HubSpot refuses one record twice in a batch, so a second write to a record starts a new chunk. */
  static List<List<FieldWrite>> chunksWithDistinctIds(List<FieldWrite> writes) {
    List<List<FieldWrite>> chunks = new ArrayList<>();
    List<FieldWrite> current = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (FieldWrite write : writes) {
      if (current.size() == HubSpotBatches.MAX_BATCH || !ids.add(write.ref().id())) {
        chunks.add(List.copyOf(current));
        current.clear();
        ids.clear();
        ids.add(write.ref().id());
      }
      current.add(write);
    }
    if (!current.isEmpty()) {
      chunks.add(List.copyOf(current));
    }
    return chunks;
  }

  private List<WriteResult> send(HubSpotObjectType type, List<FieldWrite> batch) {
    ObjectNode body = HubSpotJson.object();
    ArrayNode inputs = body.putArray("inputs");
    for (FieldWrite write : batch) {
      ObjectNode input = inputs.addObject().put("id", write.ref().id());
      ObjectNode properties = input.putObject("properties");
      write.values().forEach(properties::put);
      input.put("objectWriteTraceId", write.idempotencyKey());
    }
    HubSpotResponse response = client.send(HubSpotCall.post(
        "/crm/v3/objects/" + type.apiName() + "/batch/update", body, HubSpotCall.Repeat.SAFE));

    Set<String> updatedIds = new HashSet<>();
    response.body().path("results").forEach(r -> updatedIds.add(HubSpotJson.text(r, "id")));
    Map<String, CrmError> errorByKey = new HashMap<>();
    CrmError uncorrelated = null;
    for (JsonNode error : response.body().path("errors")) {
      CrmError crmError = HubSpotItemErrors.fromErrorNode(error, null);
      List<String> keys = new ArrayList<>(HubSpotItemErrors.context(error, "objectWriteTraceId"));
      List<String> ids = new ArrayList<>(HubSpotItemErrors.context(error, "id"));
      ids.addAll(HubSpotItemErrors.context(error, "ids"));
      batch.stream().filter(w -> ids.contains(w.ref().id())).forEach(w -> keys.add(w.idempotencyKey()));
      keys.forEach(k -> errorByKey.putIfAbsent(k, crmError));
      uncorrelated = keys.isEmpty() && uncorrelated == null ? crmError : uncorrelated;
    }
    List<WriteResult> results = new ArrayList<>();
    for (FieldWrite write : batch) {
      RecordRef ref = write.ref();
      CrmError error = errorByKey.get(write.idempotencyKey());
      if (error != null) {
        results.add(WriteResult.failed(write.idempotencyKey(), error));
      } else if (response.status() != 207 || updatedIds.contains(ref.id())) {
        results.add(WriteResult.ok(write.idempotencyKey(), ref));
      } else {
        results.add(WriteResult.failed(write.idempotencyKey(), uncorrelated != null ? uncorrelated
            : new CrmError(ErrorKind.RETRYABLE, "NO_RESULT",
                "HubSpot's 207 answer named neither a result nor an error for " + ref + "; safe to retry",
                List.of())));
      }
    }
    return results;
  }
}
