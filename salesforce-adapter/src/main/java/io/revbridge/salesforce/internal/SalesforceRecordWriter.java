package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TaskPriority;
import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.spi.FieldWrite;
import io.revbridge.spi.RecordCreate;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.TaskSpec;
import io.revbridge.spi.WriteResult;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * update and create in chunks of at most 200 records (the partner API's limit per call), without
 * all-or-none: each record's SaveResult becomes its own result. An empty value clears the field
 * ({@code fieldsToNull}); the owner is the {@code OwnerId} field like any other.
 */
public final class SalesforceRecordWriter implements RecordWriter {
  static final int CHUNK = 200;
  static final String TASK_STATUS = "Not Started";

  private final String connection;
  private final SalesforceSession session;

  public SalesforceRecordWriter(String connection, SalesforceSession session) {
    this.connection = connection;
    this.session = session;
  }

  @Override
  public List<WriteResult> update(String objectType, List<FieldWrite> writes) {
    List<WriteResult> results = new ArrayList<>();
    List<FieldWrite> sendable = new ArrayList<>();
    for (FieldWrite w : writes) {
      if (SalesforceSoql.isId(w.ref().id())) {
        sendable.add(w);
      } else {
        results.add(WriteResult.failed(w.idempotencyKey(), new CrmError(ErrorKind.PERMANENT_ITEM, "MALFORMED_ID",
            "`" + w.ref().id() + "` is not a Salesforce record id", List.of("Id"))));
      }
    }
    for (int from = 0; from < sendable.size(); from += CHUNK) {
      List<FieldWrite> chunk = sendable.subList(from, Math.min(sendable.size(), from + CHUNK));
      SObject[] records = chunk.stream().map(w -> toSObject(objectType, w)).toArray(SObject[]::new);
      SaveResult[] saved = session.call("update " + chunk.size() + " " + objectType, c -> c.update(records));
      for (int i = 0; i < chunk.size(); i++) {
        FieldWrite w = chunk.get(i);
        results.add(i < saved.length
            ? SalesforceSaveResults.toUpdateResult(w.idempotencyKey(), w.ref(), saved[i])
            : SalesforceSaveResults.missing(w.idempotencyKey()));
      }
    }
    return results;
  }

  /** create in chunks of 200; empty values are left out (a new record has nothing to clear). */
  @Override
  public List<WriteResult> create(String objectType, List<RecordCreate> creates) {
    List<WriteResult> results = new ArrayList<>();
    for (int from = 0; from < creates.size(); from += CHUNK) {
      List<RecordCreate> chunk = creates.subList(from, Math.min(creates.size(), from + CHUNK));
      SObject[] records = chunk.stream().map(c -> {
        SObject o = new SObject(SalesforceSoql.object(objectType));
        c.values().forEach((k, v) -> {
          if (v != null && !v.isEmpty()) {
            o.setField(k, v);
          }
        });
        return o;
      }).toArray(SObject[]::new);
      // once: a create sent twice would make two records
      SaveResult[] saved = session.callOnce("create " + chunk.size() + " " + objectType, c -> c.create(records));
      for (int i = 0; i < chunk.size(); i++) {
        RecordCreate c = chunk.get(i);
        results.add(i >= saved.length ? SalesforceSaveResults.missing(c.idempotencyKey())
            : SalesforceSaveResults.toResult(c.idempotencyKey(),
                new RecordRef(connection, objectType, saved[i].getId() == null ? "" : saved[i].getId()), saved[i]));
      }
    }
    return results;
  }

  /**
   * Creates tasks, except where the record already has an open task with the same subject: that one is
   * the result, so a retry after a lost answer does not create the task twice.
   */
  @Override
  public int maxBatch() {
    return CHUNK;
  }

  @Override
  public List<WriteResult> createTasks(List<TaskSpec> tasks) {
    List<WriteResult> results = new ArrayList<>();
    for (int from = 0; from < tasks.size(); from += CHUNK) {
      List<TaskSpec> candidates = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
      Map<String, String> open = openTasks(candidates);
      List<TaskSpec> chunk = new ArrayList<>();
      for (TaskSpec t : candidates) {
        String existing = open.get(t.subject() + "|" + t.about().id());
        if (existing != null) {
          results.add(WriteResult.ok(t.idempotencyKey(), new RecordRef(connection, "Task", existing)));
        } else {
          chunk.add(t);
        }
      }
      if (chunk.isEmpty()) {
        continue;
      }
      SObject[] records = chunk.stream().map(SalesforceRecordWriter::toTask).toArray(SObject[]::new);
      SaveResult[] saved = session.callOnce("create " + chunk.size() + " Task", c -> c.create(records));
      for (int i = 0; i < chunk.size(); i++) {
        TaskSpec t = chunk.get(i);
        results.add(i >= saved.length
            ? SalesforceSaveResults.missing(t.idempotencyKey())
            : SalesforceSaveResults.toResult(t.idempotencyKey(),
                new RecordRef(connection, "Task", saved[i].getId() == null ? "" : saved[i].getId()), saved[i]));
      }
    }
    return results;
  }

  /** Open tasks on these records with these subjects, by "subject|record id". */
  private Map<String, String> openTasks(List<TaskSpec> tasks) {
    List<String> about = tasks.stream().map(t -> t.about().id()).filter(SalesforceSoql::isId).distinct().toList();
    List<String> subjects = tasks.stream().map(TaskSpec::subject).filter(s -> s != null && !s.isBlank()).distinct()
        .toList();
    Map<String, String> open = new java.util.HashMap<>();
    if (about.isEmpty() || subjects.isEmpty()) {
      return open;
    }
    String soql = "SELECT Id, Subject, WhoId, WhatId FROM Task WHERE IsClosed = false AND Subject IN "
        + SalesforceSoql.textList(subjects) + " AND (WhoId IN " + SalesforceSoql.idList(about)
        + " OR WhatId IN " + SalesforceSoql.idList(about) + ")";
    for (SObject row : new SalesforceQueries(session).all("look for open tasks", soql)) {
      String id = row.getId() != null ? row.getId() : (String) row.getField("Id");
      for (String ref : new String[] {(String) row.getField("WhoId"), (String) row.getField("WhatId")}) {
        if (ref != null) {
          open.putIfAbsent(row.getField("Subject") + "|" + ref, id);
        }
      }
    }
    return open;
  }

  private static SObject toSObject(String objectType, FieldWrite write) {
    SObject o = new SObject(objectType);
    o.setId(write.ref().id());
    List<String> toNull = new ArrayList<>();
    for (Map.Entry<String, String> e : write.values().entrySet()) {
      if (e.getValue() == null || e.getValue().isEmpty()) {
        toNull.add(e.getKey());
      } else {
        o.setField(e.getKey(), e.getValue());
      }
    }
    if (!toNull.isEmpty()) {
      o.setFieldsToNull(toNull.toArray(String[]::new));
    }
    return o;
  }

  /** WhoId for people (Lead, Contact), WhatId for everything else a task can be about. */
  static SObject toTask(TaskSpec t) {
    SObject o = new SObject("Task");
    o.setField("Subject", t.subject());
    o.setField("Description", SalesforceTaskMarker.describe(t.body(), t.idempotencyKey()));
    if (t.dueAt() != null) {
      o.setField("ActivityDate", t.dueAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
    o.setField("Status", TASK_STATUS);
    o.setField("Priority", priority(t.priority()));
    if (t.ownerId() != null && !t.ownerId().isBlank()) {
      o.setField("OwnerId", t.ownerId());
    }
    String about = t.about().objectType();
    o.setField(about.equals("Lead") || about.equals("Contact") ? "WhoId" : "WhatId", t.about().id());
    return o;
  }

  static String priority(TaskPriority p) {
    return p == null ? "Normal" : switch (p) {
      case HIGH -> "High";
      case MEDIUM -> "Normal";
      case LOW -> "Low";
    };
  }
}
