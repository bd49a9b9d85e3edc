package io.revbridge.salesforce.internal;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ActivityPage;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Salesforce's Task and Event as activities, read by the same SOQL change feed as records (on SystemModstamp,
 * resumable by (SystemModstamp, Id)). A Task is a call ({@code TaskSubtype} or {@code Type} Call), an email
 * ({@code Email}, {@code ListEmail}) or a plain task; an Event is a meeting. {@code WhoId} names the lead
 * ({@code 00Q}) or contact ({@code 003}), {@code WhatId} an opportunity ({@code 006}). Salesforce tasks say nothing
 * of an email's direction, so an email is never read as a reply. Deleted ones are left out. Thread-safe.
 */
public final class SalesforceActivityFeed implements ActivityFeed {
  static final Set<String> TASK_FIELDS = Set.of("Subject", "OwnerId", "WhoId", "WhatId", "ActivityDate", "Status",
      "IsClosed", "TaskSubtype", "Type", "CallType", "CallDisposition", "CompletedDateTime", "CreatedDate",
      "Description");
  static final Set<String> EVENT_FIELDS = Set.of("Subject", "OwnerId", "WhoId", "WhatId", "StartDateTime",
      "EndDateTime", "ActivityDateTime", "Type", "CreatedDate");

  private final String connection;
  private final SalesforceChangeFeed records;
  private final Clock clock;

  public SalesforceActivityFeed(String connection, SalesforceChangeFeed records, Clock clock) {
    this.connection = connection;
    this.records = records;
    this.clock = clock;
  }

  @Override
  public List<String> objectTypes() {
    return List.of("Task", "Event");
  }

  @Override
  public ActivityPage poll(String objectType, String cursor) {
    boolean task = switch (objectType) {
      case "Task" -> true;
      case "Event" -> false;
      default -> throw new IllegalArgumentException("Salesforce activity object '" + objectType
          + "' is not read; use one of Task, Event");
    };
    ChangePage page = records.poll(objectType, cursor, task ? TASK_FIELDS : EVENT_FIELDS);
    List<Activity> activities = new ArrayList<>();
    for (Change change : page.changes()) {
      change.record().filter(r -> !r.archived())
          .ifPresent(r -> activities.add(task ? fromTask(r) : fromEvent(r)));
    }
    return new ActivityPage(activities, page.nextCursor(), page.hasMore(), page.heldBack());
  }

  private Activity fromTask(CrmRecord r) {
    Map<String, String> f = r.fields();
    ActivityType type = taskType(f.get("TaskSubtype"), f.get("Type"));
    boolean closed = "true".equalsIgnoreCase(f.get("IsClosed")) || "Completed".equalsIgnoreCase(f.get("Status"));
    Instant occurred = firstTime(closed ? f.get("CompletedDateTime") : null, f.get("ActivityDate"),
        f.get("CreatedDate"));
    ActivityDirection direction = type != ActivityType.CALL || f.get("CallType") == null ? null
        : "Inbound".equalsIgnoreCase(f.get("CallType")) ? ActivityDirection.INBOUND : ActivityDirection.OUTBOUND;
    String outcome = f.get("CallDisposition") != null ? f.get("CallDisposition") : f.get("Status");
    return new Activity(r.ref(), type, f.get("OwnerId"), people(f.get("WhoId")), deals(f.get("WhatId")),
        occurred == null ? r.modifiedAt() : occurred, direction, outcome, f.get("Subject"), closed,
        SalesforceTaskMarker.marked(f.get("Description")), r.modifiedAt());
  }

  private Activity fromEvent(CrmRecord r) {
    Map<String, String> f = r.fields();
    Instant start = firstTime(f.get("StartDateTime"), f.get("ActivityDateTime"), f.get("CreatedDate"));
    Instant end = firstTime(f.get("EndDateTime"), f.get("StartDateTime"), f.get("ActivityDateTime"));
    boolean held = end != null && !end.isAfter(clock.instant());
    return new Activity(r.ref(), ActivityType.MEETING, f.get("OwnerId"), people(f.get("WhoId")),
        deals(f.get("WhatId")), start == null ? r.modifiedAt() : start, null, f.get("Type"), f.get("Subject"), held,
        false, r.modifiedAt());
  }

  static ActivityType taskType(String subtype, String type) {
    String kind = subtype != null && !subtype.equals("Task") ? subtype : type;
    if (kind == null) {
      return ActivityType.TASK;
    }
    return switch (kind) {
      case "Call" -> ActivityType.CALL;
      case "Email", "ListEmail" -> ActivityType.EMAIL;
      case "Meeting" -> ActivityType.MEETING;
      default -> ActivityType.TASK;
    };
  }

  private List<RecordRef> people(String whoId) {
    if (whoId == null || whoId.length() < 3) {
      return List.of();
    }
    String object = switch (whoId.substring(0, 3)) {
      case "00Q" -> "Lead";
      case "003" -> "Contact";
      default -> null;
    };
    return object == null ? List.of() : List.of(new RecordRef(connection, object, whoId));
  }

  private List<RecordRef> deals(String whatId) {
    return whatId != null && whatId.startsWith("006") ? List.of(new RecordRef(connection, "Opportunity", whatId))
        : List.of();
  }

  /** The first value that parses: a dateTime, or a date (Salesforce keeps ActivityDate at UTC midnight). */
  static Instant firstTime(String... values) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        continue;
      }
      try {
        return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
            : OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e) {
        // try the next one
      }
    }
    return null;
  }
}
