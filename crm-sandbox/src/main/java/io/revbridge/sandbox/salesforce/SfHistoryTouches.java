package io.revbridge.sandbox.salesforce;

import io.revbridge.sandbox.history.PlannedTouch;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls, emails and meetings of the closed history as a Salesforce org keeps them: completed Tasks with
 * TaskSubtype Call or Email, and Events, on the lead ({@code WhoId}) or the opportunity ({@code WhatId}), each stamped
 * a minute after it happened, so the connector reads them through the activity feed the sync uses.
 */
final class SfHistoryTouches {
  private SfHistoryTouches() {}

  static void add(SfOrg org, List<PlannedTouch> touches, Instant outcome, String field, String recordId,
      Instant now) {
    for (PlannedTouch t : touches) {
      Instant at = outcome.minus(Duration.ofMinutes(t.minutesBeforeOutcome()));
      Instant stamp = at.plus(Duration.ofMinutes(1));
      stamp = stamp.isBefore(now) ? stamp : now;
      Map<String, String> f = new LinkedHashMap<>();
      f.put(field, recordId);
      if (t.kind() == PlannedTouch.Kind.MEETING) {
        f.put("Subject", t.minutesBeforeOutcome() < 0 ? "Kick-off" : "Discovery meeting");
        f.put("Type", "Meeting");
        f.put("StartDateTime", at.toString());
        f.put("EndDateTime", at.plus(Duration.ofHours(1)).toString());
        f.put("ActivityDateTime", at.toString());
        f.put("CreatedDate", at.toString());
        org.put("Event", f, stamp);
        continue;
      }
      boolean call = t.kind() == PlannedTouch.Kind.CALL;
      f.put("Subject", call ? "Follow-up call" : "Email: Following up");
      f.put("TaskSubtype", call ? "Call" : "Email");
      f.put("Type", call ? "Call" : "Email");
      if (call) {
        f.put("CallType", "Outbound");
        f.put("CallDisposition", "Connected");
      }
      f.put("Status", "Completed");
      f.put("Priority", "Normal");
      f.put("IsClosed", "true");
      f.put("ActivityDate", at.toString().substring(0, 10));
      f.put("CompletedDateTime", at.toString());
      f.put("CreatedDate", at.toString());
      org.put("Task", f, stamp);
    }
  }
}
