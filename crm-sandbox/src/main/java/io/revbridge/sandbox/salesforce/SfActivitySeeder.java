package io.revbridge.sandbox.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeds what reps logged in the 30 days before start: on about half the owned leads and contacts a completed call
 * or email Task (TaskSubtype Call/Email, as Lightning logs them) by the record's owner, on some a meeting Event,
 * and on about a third of the opportunities a meeting Event with its owner. Its own random stream, so the rest of
 * the org stays as it was.
 */
final class SfActivitySeeder {
  private static final String[] CALLS = {"Call", "Intro call", "Follow-up call"};
  private static final String[] EMAILS = {"Email: Following up", "Email: Quick question", "Email: Next steps"};
  private static final String[] MEETINGS = {"Product demo", "Discovery meeting", "Proposal review"};

  private SfActivitySeeder() {}

  static void seed(SfOrg org, Random r, Instant base, Supplier<Instant> stamp) {
    for (String object : List.of("Lead", "Contact")) {
      for (Map<String, String> person : org.records(object)) {
        String owner = person.get("OwnerId");
        if (owner == null || r.nextInt(2) == 0) {
          continue;
        }
        Instant at = base.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
        boolean call = r.nextInt(3) > 0;
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Subject", call ? CALLS[r.nextInt(CALLS.length)] : EMAILS[r.nextInt(EMAILS.length)]);
        t.put("TaskSubtype", call ? "Call" : "Email");
        t.put("Type", call ? "Call" : "Email");
        if (call) {
          t.put("CallType", r.nextInt(6) == 0 ? "Inbound" : "Outbound");
          t.put("CallDisposition", r.nextInt(3) == 0 ? "Left voicemail" : "Connected");
        }
        t.put("Status", "Completed");
        t.put("Priority", "Normal");
        t.put("OwnerId", owner);
        t.put("WhoId", person.get("Id"));
        t.put("ActivityDate", at.toString().substring(0, 10));
        t.put("CompletedDateTime", at.toString());
        t.put("CreatedDate", at.toString());
        org.put("Task", t, stamp.get());
        if (r.nextInt(4) == 0) {
          org.put("Event", meeting(r, owner, person.get("Id"), null, at.plus(Duration.ofDays(1))), stamp.get());
        }
      }
    }
    for (Map<String, String> opportunity : org.records("Opportunity")) {
      if (r.nextInt(3) == 0) {
        Instant at = base.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
        org.put("Event", meeting(r, opportunity.get("OwnerId"), null, opportunity.get("Id"), at), stamp.get());
      }
    }
  }

  private static Map<String, String> meeting(Random r, String owner, String who, String what, Instant at) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("Subject", MEETINGS[r.nextInt(MEETINGS.length)]);
    e.put("Type", "Meeting");
    e.put("OwnerId", owner);
    if (who != null) {
      e.put("WhoId", who);
    }
    if (what != null) {
      e.put("WhatId", what);
    }
    e.put("StartDateTime", at.toString());
    e.put("EndDateTime", at.plus(Duration.ofHours(1)).toString());
    e.put("ActivityDateTime", at.toString());
    e.put("CreatedDate", at.minus(Duration.ofDays(2)).toString());
    return e;
  }
}
