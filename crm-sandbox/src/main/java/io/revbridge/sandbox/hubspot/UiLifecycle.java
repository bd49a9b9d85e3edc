package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.SandboxRecord;
import java.util.List;
import java.util.Map;

/**
 * What a person does to records in the HubSpot UI besides editing and deleting: merge two records, restore
 * one from the recycle bin, associate or dissociate two records. Each change is applied as HubSpot applies
 * it and told to the webhook emitter with HubSpot's payload shape (api-notes §7). Not API calls: no rate
 * limit, no stats, no write log. Locks one store at a time, like {@link HubSpotCrm}. Thread-safe.
 */
public final class UiLifecycle {
  private final HubSpotCrm crm;

  public UiLifecycle(HubSpotCrm crm) {
    this.crm = crm;
  }

  /**
   * Merges {@code mergedId} into {@code primaryId}: the primary keeps its id and its values, gains the values
   * it lacked and every association of the merged record; the merged record leaves (archived, so it is
   * neither readable nor searchable). Emits {@code <type>.merge}.
   *
   * @throws IllegalArgumentException if either record is missing or they are the same
   */
  public SandboxRecord merge(ObjectType type, String primaryId, String mergedId) {
    long primaryKey = liveId(type, primaryId);
    long mergedKey = liveId(type, mergedId);
    if (primaryKey == mergedKey) {
      throw new IllegalArgumentException("A " + type.singular() + " cannot be merged into itself (" + primaryId + ")");
    }
    ObjectStore s = crm.store(type);
    int[] moved = {0};
    Map<ObjectType, List<Long>> associations = s.write(() -> {
      StoredRecord primary = s.get(primaryKey);
      StoredRecord merged = s.get(mergedKey);
      s.archive(merged, crm.now()); // first, so the merged email can move to the primary
      for (PropertyDef def : s.catalog().all()) {
        if (def.slot() >= 0 && primary.get(def.slot()) == null && merged.get(def.slot()) != null) {
          s.set(primary, def, merged.get(def.slot()));
          moved[0]++;
        }
      }
      s.touch(primary, crm.now());
      Map<ObjectType, List<Long>> copy = new java.util.EnumMap<>(ObjectType.class);
      merged.allAssociations().forEach((to, ids) -> copy.put(to, List.copyOf(ids)));
      copy.forEach((to, ids) -> ids.forEach(id -> primary.associate(to, id)));
      return copy;
    });
    associations.forEach((to, ids) -> {
      ObjectStore ts = crm.store(to);
      ts.write(() -> {
        ids.forEach(id -> {
          StoredRecord target = ts.get(id);
          if (target != null) {
            target.dissociate(type, mergedKey);
            target.associate(type, primaryKey);
          }
        });
        return null;
      });
    });
    WebhookEmitter w = crm.emitter();
    if (w != null) {
      w.merged(type, primaryId, List.of(mergedId), moved[0]);
    }
    return crm.find(type, primaryId).orElseThrow();
  }

  /**
   * Brings a record back from the recycle bin, modified now. Emits {@code <type>.restore}.
   *
   * @throws IllegalArgumentException if there is no archived record with that id
   */
  public SandboxRecord restore(ObjectType type, String id) {
    Long key = HubSpotCrm.parseId(id);
    ObjectStore s = crm.store(type);
    boolean restored = key != null && s.write(() -> {
      StoredRecord r = s.get(key);
      if (r == null || !r.archived()) {
        return false;
      }
      s.restore(r, crm.now());
      return true;
    });
    if (!restored) {
      throw new IllegalArgumentException("No " + type.singular() + " " + id + " is in the recycle bin");
    }
    WebhookEmitter w = crm.emitter();
    if (w != null) {
      w.restored(type, id);
    }
    return crm.find(type, id).orElseThrow();
  }

  /**
   * Associates two live records both ways. A contact's first company becomes its primary one
   * ({@code associatedcompanyid}, which bumps the contact's modified time, as does removing the primary
   * company); other associations change no
   * property and no modified time, as in HubSpot, so only the webhook tells. Emits
   * {@code <from>.associationChange} and {@code <to>.associationChange}, and a second one for a primary
   * association.
   */
  public void associate(ObjectType from, String fromId, ObjectType to, String toId) {
    link(from, fromId, to, toId, false);
  }

  /** Removes the association both ways; emits association changes with {@code associationRemoved: true}. */
  public void dissociate(ObjectType from, String fromId, ObjectType to, String toId) {
    link(from, fromId, to, toId, true);
  }

  private void link(ObjectType from, String fromId, ObjectType to, String toId, boolean remove) {
    long fromKey = liveId(from, fromId);
    long toKey = liveId(to, toId);
    ObjectStore fs = crm.store(from);
    boolean primary = fs.write(() -> {
      StoredRecord r = fs.get(fromKey);
      boolean first = r.associations(to).isEmpty();
      if (remove) {
        r.dissociate(to, toKey);
      } else {
        r.associate(to, toKey);
      }
      boolean contactCompany = from == ObjectType.CONTACTS && to == ObjectType.COMPANIES;
      boolean primaryCompany = !remove && first && contactCompany;
      PropertyDef companyId = fs.catalog().get("associatedcompanyid");
      if (primaryCompany || (remove && contactCompany && toId.equals(r.get(companyId.slot())))) {
        List<Long> left = r.associations(to);
        fs.set(r, companyId, remove ? (left.isEmpty() ? null : left.get(0).toString()) : toId);
        fs.touch(r, crm.now());
      }
      return primaryCompany || (!remove && first && to == ObjectType.COMPANIES && from == ObjectType.DEALS);
    });
    ObjectStore ts = crm.store(to);
    ts.write(() -> {
      StoredRecord r = ts.get(toKey);
      if (remove) {
        r.dissociate(from, fromKey);
      } else {
        r.associate(from, fromKey);
      }
      return null;
    });
    WebhookEmitter w = crm.emitter();
    if (w != null) {
      w.associationChanged(from, fromId, to, toId, remove, false);
      if (primary) {
        w.associationChanged(from, fromId, to, toId, remove, true); // the primary label is an association too
      }
      w.associationChanged(to, toId, from, fromId, remove, false);
    }
  }

  private long liveId(ObjectType type, String id) {
    Long key = HubSpotCrm.parseId(id);
    ObjectStore s = crm.store(type);
    if (key == null || s.read(() -> s.live(key)) == null) {
      throw new IllegalArgumentException("No live " + type.singular() + " with id " + id);
    }
    return key;
  }
}
