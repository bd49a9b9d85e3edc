package io.revbridge.app;

import io.revbridge.spi.TaskSpec;
import io.revbridge.sync.BatchPlan;
import io.revbridge.sync.FieldUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dry run's plan as JSON, for scripts: one entry per record with its field changes (old → new), whether it
 * gets an owner, the tasks it would get with their reasons, and the records that would be dead-lettered.
 */
final class PlanJson {
  private final Map<String, Map<String, Object>> records = new LinkedHashMap<>();
  private final List<Map<String, Object>> deadLetters = new ArrayList<>();

  void add(BatchPlan plan) {
    for (FieldUpdate u : plan.updates()) {
      Map<String, Object> r = record(u.write().ref().toString());
      r.put("assignsOwner", u.assignsOwner());
      List<Map<String, Object>> fields = new ArrayList<>();
      u.write().values().forEach((field, value) -> {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("field", field);
        f.put("old", u.previous().getOrDefault(field, ""));
        f.put("new", value);
        fields.add(f);
      });
      r.put("fields", fields);
    }
    for (TaskSpec t : plan.tasks()) {
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("subject", t.subject());
      task.put("owner", t.ownerId());
      task.put("reasons", t.body());
      task.put("idempotencyKey", t.idempotencyKey());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tasks = (List<Map<String, Object>>) record(t.about().toString())
          .computeIfAbsent("tasks", k -> new ArrayList<Map<String, Object>>());
      tasks.add(task);
    }
    plan.deadLetters().forEach(d -> {
      Map<String, Object> letter = new LinkedHashMap<>();
      letter.put("record", d.connection() + "/" + d.objectType() + "/" + d.recordId());
      letter.put("stage", d.stage());
      letter.put("error", d.message());
      deadLetters.add(letter);
    });
  }

  private Map<String, Object> record(String ref) {
    return records.computeIfAbsent(ref, k -> {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("record", k);
      return r;
    });
  }

  Map<String, Object> toJson(Map<String, Object> summary) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("records", List.copyOf(records.values()));
    json.put("deadLetters", deadLetters);
    json.put("summary", summary);
    return json;
  }
}
