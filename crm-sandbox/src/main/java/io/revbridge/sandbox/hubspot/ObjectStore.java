package io.revbridge.sandbox.hubspot;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * All records of one object type, indexed by id and by (last-modified, id) so that the usual sync query
 * (modified since X, oldest first) walks an index instead of sorting 100,000 records per request.
 *
 * <p>Threading: every access goes through {@link #read} or {@link #write}; the methods documented as
 * "lock held" must only be called inside one of them. Searches share the read lock, writes are exclusive.
 */
public final class ObjectStore {
  static final Comparator<StoredRecord> BY_MODIFIED =
      Comparator.comparingLong(StoredRecord::updatedAt).thenComparingLong(StoredRecord::id);

  private final ObjectType type;
  private final PropertyCatalog catalog;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final TreeMap<Long, StoredRecord> byId = new TreeMap<>();
  private final TreeSet<StoredRecord> liveByModified = new TreeSet<>(BY_MODIFIED);
  private final Map<String, Long> liveByEmail = new HashMap<>();
  private final int emailSlot;

  ObjectStore(ObjectType type, PropertyCatalog catalog) {
    this.type = type;
    this.catalog = catalog;
    this.emailSlot = type == ObjectType.CONTACTS ? catalog.slot("email") : -1;
  }

  public ObjectType type() {
    return type;
  }

  public PropertyCatalog catalog() {
    return catalog;
  }

  public <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Lock held. Any record with that id, archived or not; {@code null} if none. */
  StoredRecord get(long id) {
    return byId.get(id);
  }

  /** Lock held. The record unless it is missing or archived. */
  StoredRecord live(long id) {
    StoredRecord r = byId.get(id);
    return r == null || r.archived() ? null : r;
  }

  /** Lock held. Every record (archived included) in id order. */
  NavigableMap<Long, StoredRecord> byId() {
    return byId;
  }

  /** Lock held. Live records ordered by last-modified time, ties by id. */
  NavigableSet<StoredRecord> liveByModified() {
    return liveByModified;
  }

  /** Lock held. The id of the live contact with this email (case-insensitive), or {@code null}. */
  Long idByEmail(String email) {
    return email == null ? null : liveByEmail.get(email.toLowerCase(Locale.ROOT));
  }

  /** Lock held (write). */
  void insert(StoredRecord r) {
    byId.put(r.id(), r);
    if (!r.archived()) {
      liveByModified.add(r);
      indexEmail(r, r.get(emailSlot));
    }
  }

  /** Lock held (write). Sets a stored property, keeping the email index in step. */
  void set(StoredRecord r, PropertyDef def, String value) {
    if (def.slot() == emailSlot && emailSlot >= 0) {
      unindexEmail(r);
      r.set(def.slot(), value);
      indexEmail(r, r.get(emailSlot));
    } else {
      r.set(def.slot(), value);
    }
  }

  /**
   * Lock held (write). Bumps the last-modified time to {@code now}, or 1 ms past the previous value when
   * the clock has not moved on, so every accepted write is strictly newer than the one before it.
   */
  void touch(StoredRecord r, long now) {
    boolean live = liveByModified.remove(r);
    r.updatedAt = Math.max(now, r.updatedAt + 1);
    if (live) {
      liveByModified.add(r);
    }
  }

  /** Lock held (write). Archiving does not bump the modified time, as in HubSpot. */
  void archive(StoredRecord r, long now) {
    if (!r.archived()) {
      liveByModified.remove(r);
      unindexEmail(r);
      r.archivedAt = now;
    }
  }

  /** Lock held (write). Back from the recycle bin, modified now: HubSpot's restore. */
  void restore(StoredRecord r, long now) {
    if (r.archived()) {
      r.archivedAt = 0;
      r.updatedAt = Math.max(now, r.updatedAt + 1);
      liveByModified.add(r);
      indexEmail(r, r.get(emailSlot));
    }
  }

  /** Lock held. */
  int liveCount() {
    return liveByModified.size();
  }

  private void indexEmail(StoredRecord r, String email) {
    if (emailSlot >= 0 && email != null && !r.archived()) {
      liveByEmail.put(email.toLowerCase(Locale.ROOT), r.id());
    }
  }

  private void unindexEmail(StoredRecord r) {
    String email = r.get(emailSlot);
    if (emailSlot >= 0 && email != null) {
      liveByEmail.remove(email.toLowerCase(Locale.ROOT), r.id());
    }
  }
}
