package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds deals in the default pipeline, each associated with one company and usually owned, and with the
 * company's first contact when it has one (no random draw, so the rest of the dataset does not change).
 */
final class DealSeeder {
  private static final List<String> KINDS = List.of("New business", "Platform expansion", "Renewal",
      "Add-on seats", "Pilot", "Enterprise upgrade");
  private static final int[] STAGE_WEIGHTS = {18, 16, 12, 10, 9, 20, 15};

  private DealSeeder() {}

  static void seed(HubSpotCrm crm, Random r, long start, int count, List<CompanyFacts> companies) {
    if (companies.isEmpty()) {
      return;
    }
    ObjectStore store = crm.store(ObjectType.DEALS);
    ObjectStore companyStore = crm.store(ObjectType.COMPANIES);
    ObjectStore contactStore = crm.store(ObjectType.CONTACTS);
    RowBuilder row = new RowBuilder(store.catalog());
    TimeLine times = TimeLine.of(count, r, start);
    List<Owner> owners = crm.owners().active();
    List<StoredRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double x = r.nextDouble();
      CompanyFacts company = companies.get((int) (companies.size() * x * x));
      String kind = Pick.one(r, KINDS);
      String stage = StandardProperties.DEAL_STAGES.get(Pick.weighted(r, STAGE_WEIGHTS));
      boolean closed = stage.startsWith("closed");
      long amount = Math.min(750_000, 3_000 + (long) company.employees() * Pick.between(r, 5, 40));
      long close = closed
          ? Math.min(start - TimeLine.HOUR, times.created[i] + TimeLine.DAY * Pick.between(r, 10, 120))
          : start + TimeLine.DAY * Pick.between(r, 5, 150);
      String ownerId = company.ownerId() != null && Pick.chance(r, 0.7) ? company.ownerId()
          : Pick.chance(r, 0.85) ? Pick.one(r, owners).id() : null;
      row.start()
          .set("dealname", company.name() + " - " + kind)
          .set("amount", Math.round(amount / 100.0) * 100)
          .set("dealstage", stage)
          .set("pipeline", "default")
          .set("closedate", Times.iso(close / 1000 * 1000))
          .set("dealtype", kind.equals("New business") || kind.equals("Pilot") ? "newbusiness" : "existingbusiness")
          .set("hubspot_owner_id", ownerId);
      StoredRecord rec = new StoredRecord(crm.nextId(), times.created[i], times.modified[i], row.build());
      rec.associate(ObjectType.COMPANIES, company.id());
      companyStore.read(() -> companyStore.get(company.id()).associations(ObjectType.CONTACTS)).stream()
          .findFirst().ifPresent(contact -> rec.associate(ObjectType.CONTACTS, contact));
      records.add(rec);
    }
    store.write(() -> {
      records.forEach(store::insert);
      return null;
    });
    companyStore.write(() -> {
      records.forEach(d -> companyStore.get(d.associations(ObjectType.COMPANIES).get(0))
          .associate(ObjectType.DEALS, d.id()));
      return null;
    });
    contactStore.write(() -> {
      records.forEach(d -> d.associations(ObjectType.CONTACTS)
          .forEach(contact -> contactStore.get(contact).associate(ObjectType.DEALS, d.id())));
      return null;
    });
  }
}
