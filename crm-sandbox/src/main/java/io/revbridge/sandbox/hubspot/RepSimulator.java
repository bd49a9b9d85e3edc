package io.revbridge.sandbox.hubspot;

/**
 * What reps do when a lead is assigned to them through the API (Revbridge's routing): for about a third of the
 * contacts (every contact whose id is a multiple of three) the new owner logs a call on the contact at once, as a
 * HubSpot user would in the UI. So a demo shows first touches and response times. Not an API write: no stats, no
 * write log, no webhook (HubSpot sends none for calls). Thread-safe: locks one store at a time.
 */
final class RepSimulator {
  private RepSimulator() {}

  static void ownerAssigned(HubSpotCrm crm, long contactId, String ownerId) {
    if (ownerId == null || ownerId.isBlank() || contactId % 3 != 0) {
      return;
    }
    long now = crm.now();
    ObjectStore calls = crm.store(ObjectType.CALLS);
    String[] row = new RowBuilder(calls.catalog()).start()
        .set("hs_timestamp", Times.iso(now))
        .set("hubspot_owner_id", ownerId)
        .set("hs_call_title", "First call")
        .set("hs_call_direction", "OUTBOUND")
        .set("hs_call_status", "COMPLETED")
        .build();
    StoredRecord call = new StoredRecord(crm.nextId(), now, now, row);
    call.associate(ObjectType.CONTACTS, contactId);
    calls.write(() -> {
      calls.insert(call);
      return null;
    });
    ObjectStore contacts = crm.store(ObjectType.CONTACTS);
    contacts.write(() -> {
      StoredRecord contact = contacts.get(contactId);
      if (contact != null) {
        contact.associate(ObjectType.CALLS, call.id());
      }
      return null;
    });
  }
}
