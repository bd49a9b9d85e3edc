package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.sandbox.SandboxWrite;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory HubSpot portal: one store per object type, the owners, and the log of accepted writes.
 * Every write path (API single, API batch, UI edit) goes through {@link #create} or {@link #update} so they
 * share validation, modified-time bumps and logging. Thread-safe; see {@link ObjectStore} for locking.
 */
public final class HubSpotCrm {
  /** Ids are numeric, increasing, and unique across object types so a mixed-up id never finds a record. */
  static final long FIRST_ID = 1001;
  /** The properties whose every change is kept for {@code propertiesWithHistory}, per object type. */
  static final Map<ObjectType, java.util.Set<String>> HISTORY =
      Map.of(ObjectType.DEALS, java.util.Set.of("dealstage"));

  private final Clock clock;
  private final Map<ObjectType, ObjectStore> stores = new EnumMap<>(ObjectType.class);
  private final Owners owners;
  private final PropertyValidator validator;
  private final List<SandboxWrite> writes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong ids = new AtomicLong(FIRST_ID);
  private volatile WebhookEmitter webhooks;

  /** Every accepted change from now on is also told to {@code emitter} (webhook deliveries). */
  public void emitTo(WebhookEmitter emitter) {
    this.webhooks = emitter;
  }

  /** Where accepted changes are told, or null before anyone asked for webhooks. */
  WebhookEmitter emitter() {
    return webhooks;
  }

  HubSpotCrm(Clock clock, Owners owners, long catalogCreatedAt) {
    this.clock = clock;
    this.owners = owners;
    this.validator = new PropertyValidator(owners);
    for (ObjectType t : ObjectType.values()) {
      stores.put(t, new ObjectStore(t, new PropertyCatalog(t, catalogCreatedAt)));
    }
  }

  public ObjectStore store(ObjectType type) {
    return stores.get(type);
  }

  Owners owners() {
    return owners;
  }

  PropertyValidator validator() {
    return validator;
  }

  long now() {
    return clock.millis();
  }

  long nextId() {
    return ids.getAndIncrement();
  }

  public List<SandboxWrite> writes() {
    synchronized (writes) {
      return List.copyOf(writes);
    }
  }

  public Optional<SandboxRecord> find(ObjectType type, String id) {
    Long key = parseId(id);
    if (key == null) {
      return Optional.empty();
    }
    ObjectStore s = store(type);
    return s.read(() -> Optional.ofNullable(s.get(key)).map(r -> snapshot(type, r)));
  }

  /** Every record of the type, archived ones included, in id order. */
  public List<SandboxRecord> all(ObjectType type) {
    ObjectStore s = store(type);
    return s.read(() -> s.byId().values().stream().map(r -> snapshot(type, r)).toList());
  }

  /** Lock held. */
  SandboxRecord snapshot(ObjectType type, StoredRecord r) {
    Map<String, String> props = new LinkedHashMap<>();
    for (PropertyDef d : store(type).catalog().all()) {
      String v = RecordValues.value(r, d);
      if (v != null) {
        props.put(d.name(), v);
      }
    }
    Map<String, List<String>> assoc = new LinkedHashMap<>();
    r.allAssociations().forEach((t, list) -> assoc.put(t.plural(), list.stream().map(String::valueOf).toList()));
    return new SandboxRecord(type.plural(), Long.toString(r.id()), props, Instant.ofEpochMilli(r.createdAt()),
        Instant.ofEpochMilli(r.updatedAt()), r.archived() ? Instant.ofEpochMilli(r.archivedAt()) : null, assoc);
  }

  private static boolean tracked(ObjectType type, PropertyDef def) {
    return HISTORY.getOrDefault(type, java.util.Set.of()).contains(def.name());
  }

  /**
   * The versions of a live record's property, newest first as HubSpot lists them: the recorded ones, or, for a
   * property whose changes are not kept or a seeded record, its current value as set when the record was created.
   * Empty when the record does not exist or the property has no value.
   */
  List<PropertyVersion> versions(ObjectType type, String id, String property) {
    Long key = parseId(id);
    ObjectStore s = store(type);
    PropertyDef def = s.catalog().get(property);
    if (key == null || def == null) {
      return List.of();
    }
    return s.read(() -> {
      StoredRecord r = s.live(key);
      if (r == null) {
        return List.<PropertyVersion>of();
      }
      List<PropertyVersion> recorded = new ArrayList<>(r.versions(property));
      if (recorded.isEmpty()) {
        String value = RecordValues.value(r, def);
        return value == null ? List.<PropertyVersion>of()
            : List.of(new PropertyVersion(value, r.createdAt(), "CRM_UI"));
      }
      Collections.reverse(recorded);
      return List.copyOf(recorded);
    });
  }

  /** Updates a live record; {@code ctx == null} means a UI edit, which is not logged as an API write. */
  ItemOutcome update(ObjectType type, String id, Validated input, WriteContext ctx) {
    Long key = parseId(id);
    ObjectStore s = store(type);
    ItemOutcome outcome = s.write(() -> {
      StoredRecord r = key == null ? null : s.live(key);
      if (r == null) {
        return ItemOutcome.failed(ItemError.notFound(type, id));
      }
      if (!input.ok()) {
        return ItemOutcome.failed(ItemError.invalidProperties(input.problems()));
      }
      ItemError conflict = emailConflict(s, input, r.id());
      if (conflict != null) {
        return ItemOutcome.failed(conflict);
      }
      long now = now();
      input.values().forEach((def, value) -> {
        String old = r.get(def.slot());
        if (tracked(type, def) && !java.util.Objects.equals(old, value == null || value.isEmpty() ? null : value)) {
          if (old != null && r.versions(def.name()).isEmpty()) {
            r.addVersion(def.name(), new PropertyVersion(old, r.createdAt(), "CRM_UI")); // as seeded
          }
          r.addVersion(def.name(),
              new PropertyVersion(value == null ? "" : value, now, ctx == null ? "CRM_UI" : "API"));
        }
        s.set(r, def, value);
      });
      s.touch(r, now);
      return ItemOutcome.ok(snapshot(type, r));
    });
    log(outcome, input, ctx);
    if (ctx != null && outcome.ok() && type == ObjectType.CONTACTS) {
      input.values().forEach((def, value) -> {
        if (def.name().equals("hubspot_owner_id")) {
          RepSimulator.ownerAssigned(this, key, value);
        }
      });
    }
    WebhookEmitter w = webhooks;
    if (w != null && outcome.ok()) {
      Map<String, String> values = new LinkedHashMap<>();
      input.values().forEach((def, value) -> values.put(def.name(), value));
      w.changed(type, outcome.record().id(), values, ctx != null);
    }
    return outcome;
  }

  /**
   * What would make a create fail before anything is stored: invalid values, a task without its due time,
   * or an association to a record that does not exist. {@code null} when the input can be created.
   */
  ItemError precheck(ObjectType type, Validated input, List<AssociationInput> associations) {
    if (!input.ok()) {
      return ItemError.invalidProperties(input.problems());
    }
    if (type.activity() && input.values().keySet().stream()
        .noneMatch(d -> d.name().equals("hs_timestamp") && !input.values().get(d).isEmpty())) {
      return ItemError.validation("Property \"hs_timestamp\" is required to create a " + type.singular() + ": set it "
          + "to the due time as ISO-8601 or epoch milliseconds.", Map.of("propertyName", List.of("hs_timestamp")));
    }
    for (AssociationInput a : associations) {
      Long target = parseId(a.toId());
      ObjectStore ts = store(a.toType());
      if (target == null || ts.read(() -> ts.live(target)) == null) {
        return ItemError.validation("Association to " + a.toType().singular() + " " + a.toId()
            + " (associationTypeId " + a.typeId() + ") is invalid: no such " + a.toType().singular() + " exists.",
            Map.of("toObjectId", List.of(a.toId())));
      }
    }
    return null;
  }

  /** Creates a record with its associations; every target must exist or nothing is created. */
  ItemOutcome create(ObjectType type, Validated input, List<AssociationInput> associations, WriteContext ctx) {
    ItemError problem = precheck(type, input, associations);
    if (problem != null) {
      return ItemOutcome.failed(problem);
    }
    ObjectStore s = store(type);
    ItemOutcome outcome = s.write(() -> {
      ItemError conflict = emailConflict(s, input, -1);
      if (conflict != null) {
        return ItemOutcome.failed(conflict);
      }
      long now = now();
      StoredRecord r = new StoredRecord(nextId(), now, now, new String[s.catalog().slotCount()]);
      input.values().forEach((def, value) -> {
        r.set(def.slot(), value);
        if (tracked(type, def) && value != null && !value.isEmpty()) {
          r.addVersion(def.name(), new PropertyVersion(value, now, ctx == null ? "CRM_UI" : "API"));
        }
      });
      associations.forEach(a -> r.associate(a.toType(), Long.parseLong(a.toId())));
      s.insert(r);
      return ItemOutcome.ok(snapshot(type, r));
    });
    if (outcome.ok()) {
      long newId = Long.parseLong(outcome.record().id());
      for (AssociationInput a : associations) {
        ObjectStore ts = store(a.toType());
        ts.write(() -> {
          StoredRecord target = ts.get(Long.parseLong(a.toId()));
          target.associate(type, newId);
          return null;
        });
      }
    }
    log(outcome, input, ctx);
    WebhookEmitter w = webhooks;
    if (w != null && outcome.ok()) {
      w.created(type, outcome.record().id(), ctx != null);
    }
    return outcome;
  }

  /** A human edit in the CRM UI: validated like an API write, bumps the modified time, not logged. */
  ItemOutcome edit(ObjectType type, String id, Map<String, String> properties) {
    return update(type, id, validator.validate(store(type).catalog(), properties), null);
  }

  /** {@link #edit} for the Java API: a refused edit is an {@link IllegalArgumentException} with HubSpot's message. */
  public SandboxRecord uiEdit(ObjectType type, String id, Map<String, String> properties) {
    ItemOutcome outcome = edit(type, id, properties);
    if (!outcome.ok()) {
      throw new IllegalArgumentException(outcome.error().message());
    }
    return outcome.record();
  }

  /** {@link #archive} for the Java API: a person deleting the record in the UI. */
  public boolean uiArchive(ObjectType type, String id) {
    return archive(type, id, false);
  }

  /** Archives a live record through the API; returns false if there was none. */
  boolean archive(ObjectType type, String id) {
    return archive(type, id, true);
  }

  private boolean archive(ObjectType type, String id, boolean api) {
    boolean archived = moveToRecycleBin(type, id);
    WebhookEmitter w = webhooks;
    if (archived && w != null) {
      w.deleted(type, id, api);
    }
    return archived;
  }

  private boolean moveToRecycleBin(ObjectType type, String id) {
    Long key = parseId(id);
    ObjectStore s = store(type);
    return key != null && s.write(() -> {
      StoredRecord r = s.live(key);
      if (r != null) {
        s.archive(r, now());
      }
      return r != null;
    });
  }

  private static ItemError emailConflict(ObjectStore s, Validated input, long selfId) {
    if (s.type() != ObjectType.CONTACTS) {
      return null;
    }
    for (Map.Entry<PropertyDef, String> e : input.values().entrySet()) {
      if (e.getKey().name().equals("email") && !e.getValue().isEmpty()) {
        Long existing = s.idByEmail(e.getValue());
        if (existing != null && existing != selfId) {
          return ItemError.conflict("Contact already exists. Existing ID: " + existing);
        }
      }
    }
    return null;
  }

  private void log(ItemOutcome outcome, Validated input, WriteContext ctx) {
    if (ctx == null || !outcome.ok()) {
      return;
    }
    Map<String, String> written = new LinkedHashMap<>();
    input.values().forEach((def, value) -> written.put(def.name(), value));
    SandboxRecord r = outcome.record();
    writes.add(new SandboxWrite(r.updatedAt(), ctx.endpoint(), r.type(), r.id(), written, ctx.requestId()));
  }

  static Long parseId(String id) {
    if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(id);
  }
}
