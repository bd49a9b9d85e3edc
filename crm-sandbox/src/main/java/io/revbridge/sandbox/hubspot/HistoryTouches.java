package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.history.PlannedTouch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calls, emails and meetings of the closed history, as HubSpot engagements associated with their contact or deal
 * (both ways, as the v4 association reads return them), so the connector reads them through the activity feed the
 * sync uses. Collected while the history is drawn and stored in one write per engagement object.
 */
final class HistoryTouches {
  private final HubSpotCrm crm;
  private final long now;
  private final Map<ObjectType, List<StoredRecord>> planned = new EnumMap<>(ObjectType.class);
  private final Map<ObjectType, RowBuilder> rows = new EnumMap<>(ObjectType.class);

  HistoryTouches(HubSpotCrm crm, long now) {
    this.crm = crm;
    this.now = now;
  }

  /** Plans the touches of one record whose outcome was set at {@code outcome} (epoch ms). */
  void add(List<PlannedTouch> touches, long outcome, ObjectType on, StoredRecord record) {
    for (PlannedTouch t : touches) {
      long at = (outcome - t.minutesBeforeOutcome() * TimeLine.MINUTE) / 1000 * 1000;
      ObjectType type = switch (t.kind()) {
        case CALL -> ObjectType.CALLS;
        case EMAIL -> ObjectType.EMAILS;
        case MEETING -> ObjectType.MEETINGS;
      };
      RowBuilder row = rows.computeIfAbsent(type, k -> new RowBuilder(crm.store(k).catalog())).start()
          .set("hs_timestamp", Times.iso(at));
      switch (type) {
        case CALLS -> row.set("hs_call_title", "Follow-up call").set("hs_call_direction", "OUTBOUND")
            .set("hs_call_status", "COMPLETED").set("hs_call_duration", "600000");
        case EMAILS -> row.set("hs_email_subject", "Following up").set("hs_email_direction", "EMAIL")
            .set("hs_email_status", "SENT");
        default -> row.set("hs_meeting_title", t.minutesBeforeOutcome() < 0 ? "Kick-off" : "Discovery meeting")
            .set("hs_meeting_start_time", Times.iso(at))
            .set("hs_meeting_end_time", Times.iso(at + TimeLine.HOUR)).set("hs_meeting_outcome", "COMPLETED");
      }
      StoredRecord touch = new StoredRecord(crm.nextId(), at, Math.min(now - TimeLine.MINUTE, at + TimeLine.MINUTE),
          row.build());
      touch.associate(on, record.id());
      record.associate(type, touch.id());
      planned.computeIfAbsent(type, k -> new ArrayList<>()).add(touch);
    }
  }

  /** Stores what was planned; call after the contacts and deals are stored. */
  void store() {
    planned.forEach((type, records) -> {
      ObjectStore store = crm.store(type);
      store.write(() -> {
        records.forEach(store::insert);
        return null;
      });
    });
  }
}
