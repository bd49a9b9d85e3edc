package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds what reps logged over the last 30 days: on about half the owned contacts, one to three calls, emails
 * (some of them the contact's reply) and meetings by the contact's owner, and on about a third of the owned open
 * deals a call or meeting with the deal's contact, so team activity has something to count. Seeded from its own
 * random stream, after everything else, so the rest of the dataset does not change.
 */
final class ActivitySeeder {
  private static final long WINDOW = 30 * TimeLine.DAY;
  private static final List<String> CALL_TITLES = List.of("Intro call", "Discovery call", "Follow-up call",
      "Pricing questions", "Left a voicemail");
  private static final List<String> EMAIL_SUBJECTS = List.of("Following up on your request", "Quick question",
      "Resources we discussed", "Next steps");
  private static final List<String> MEETING_TITLES = List.of("Product demo", "Discovery meeting", "Technical deep dive",
      "Proposal review");

  private ActivitySeeder() {}

  static void seed(HubSpotCrm crm, Random r, long start) {
    ObjectStore contacts = crm.store(ObjectType.CONTACTS);
    ObjectStore deals = crm.store(ObjectType.DEALS);
    int contactOwner = contacts.catalog().slot("hubspot_owner_id");
    int dealOwner = deals.catalog().slot("hubspot_owner_id");
    int stage = deals.catalog().slot("dealstage");
    List<Planned> planned = new ArrayList<>();
    contacts.read(() -> {
      for (StoredRecord c : contacts.byId().values()) {
        String owner = c.get(contactOwner);
        if (owner == null || !Pick.chance(r, 0.5)) {
          continue;
        }
        int n = Pick.between(r, 1, 3);
        for (int i = 0; i < n; i++) {
          planned.add(new Planned(Pick.one(r, List.of(ObjectType.CALLS, ObjectType.EMAILS, ObjectType.MEETINGS)),
              owner, c.id(), null, start - (long) (r.nextDouble() * WINDOW), r.nextLong()));
        }
      }
      return null;
    });
    deals.read(() -> {
      for (StoredRecord d : deals.byId().values()) {
        String owner = d.get(dealOwner);
        String dealStage = d.get(stage);
        if (owner == null || (dealStage != null && dealStage.startsWith("closed")) || !Pick.chance(r, 0.33)) {
          continue;
        }
        Long contact = d.associations(ObjectType.CONTACTS).stream().findFirst().orElse(null);
        planned.add(new Planned(Pick.chance(r, 0.5) ? ObjectType.CALLS : ObjectType.MEETINGS, owner, contact, d.id(),
            start - (long) (r.nextDouble() * WINDOW), r.nextLong()));
      }
      return null;
    });
    for (Planned p : planned) {
      insert(crm, p, start);
    }
  }

  private record Planned(ObjectType type, String owner, Long contact, Long deal, long at, long seed) {}

  private static void insert(HubSpotCrm crm, Planned p, long start) {
    ObjectStore store = crm.store(p.type());
    Random r = new Random(p.seed());
    RowBuilder row = new RowBuilder(store.catalog()).start()
        .set("hs_timestamp", Times.iso(p.at() / 1000 * 1000))
        .set("hubspot_owner_id", p.owner());
    for (Map.Entry<String, String> e : values(p, r, start).entrySet()) {
      row.set(e.getKey(), e.getValue());
    }
    long modified = Math.min(start - TimeLine.MINUTE, p.at() + TimeLine.MINUTE);
    StoredRecord rec = new StoredRecord(crm.nextId(), p.at(), modified, row.build());
    if (p.contact() != null) {
      rec.associate(ObjectType.CONTACTS, p.contact());
    }
    if (p.deal() != null) {
      rec.associate(ObjectType.DEALS, p.deal());
    }
    store.write(() -> {
      store.insert(rec);
      return null;
    });
    if (p.contact() != null) {
      ObjectStore contacts = crm.store(ObjectType.CONTACTS);
      contacts.write(() -> {
        contacts.get(p.contact()).associate(p.type(), rec.id());
        return null;
      });
    }
    if (p.deal() != null) {
      ObjectStore deals = crm.store(ObjectType.DEALS);
      deals.write(() -> {
        deals.get(p.deal()).associate(p.type(), rec.id());
        return null;
      });
    }
  }

  private static Map<String, String> values(Planned p, Random r, long start) {
    return switch (p.type()) {
      case CALLS -> Map.of("hs_call_title", Pick.one(r, CALL_TITLES),
          "hs_call_direction", Pick.chance(r, 0.85) ? "OUTBOUND" : "INBOUND",
          "hs_call_status", Pick.chance(r, 0.7) ? "COMPLETED" : "NO_ANSWER",
          "hs_call_duration", Long.toString(Pick.between(r, 20, 1800) * 1000L));
      case EMAILS -> {
        boolean reply = Pick.chance(r, 0.25);
        String subject = Pick.one(r, EMAIL_SUBJECTS);
        yield Map.of("hs_email_subject", reply ? "Re: " + subject : subject,
            "hs_email_direction", reply ? "INCOMING_EMAIL" : "EMAIL", "hs_email_status", "SENT");
      }
      default -> {
        long end = p.at() + TimeLine.HOUR;
        yield Map.of("hs_meeting_title", Pick.one(r, MEETING_TITLES),
            "hs_meeting_start_time", Times.iso(p.at() / 1000 * 1000), "hs_meeting_end_time", Times.iso(end / 1000 * 1000),
            "hs_meeting_outcome", end < start ? (Pick.chance(r, 0.85) ? "COMPLETED" : "NO_SHOW") : "SCHEDULED");
      }
    };
  }
}
