package io.revbridge.sandbox.hubspot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CRM object types the sandbox serves, with the per-type facts HubSpot clients depend on: the name of
 * the last-modified property (contacts differ from everything else) and the default search properties.
 */
public enum ObjectType {
  CONTACTS("contacts", "contact", "0-1", "CONTACT", "lastmodifieddate",
      List.of("firstname", "lastname", "email", "lastmodifieddate", "hs_object_id", "createdate")),
  COMPANIES("companies", "company", "0-2", "COMPANY", "hs_lastmodifieddate",
      List.of("name", "domain", "createdate", "hs_lastmodifieddate", "hs_object_id")),
  DEALS("deals", "deal", "0-3", "DEAL", "hs_lastmodifieddate",
      List.of("dealname", "amount", "closedate", "pipeline", "dealstage", "createdate", "hs_lastmodifieddate",
          "hs_object_id")),
  TASKS("tasks", "task", "0-27", "TASK", "hs_lastmodifieddate",
      List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id")),
  CALLS("calls", "call", "0-48", "CALL", "hs_lastmodifieddate",
      List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id")),
  EMAILS("emails", "email", "0-49", "EMAIL", "hs_lastmodifieddate",
      List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id")),
  MEETINGS("meetings", "meeting", "0-47", "MEETING", "hs_lastmodifieddate",
      List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id"));

  private final String plural;
  private final String singular;
  private final String typeId;
  private final String upperName;
  private final String modifiedProperty;
  private final List<String> defaultProperties;

  ObjectType(String plural, String singular, String typeId, String upperName, String modifiedProperty,
      List<String> defaultProperties) {
    this.plural = plural;
    this.singular = singular;
    this.typeId = typeId;
    this.upperName = upperName;
    this.modifiedProperty = modifiedProperty;
    this.defaultProperties = defaultProperties;
  }

  /** Accepts what HubSpot accepts in a path: {@code contacts}, {@code contact} or {@code 0-1}. */
  public static Optional<ObjectType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toLowerCase(Locale.ROOT);
    for (ObjectType t : values()) {
      if (t.plural.equals(n) || t.singular.equals(n) || t.typeId.equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #parse} but fails with a message listing the valid names, for the Java inspection API. */
  public static ObjectType require(String name) {
    return parse(name).orElseThrow(() -> new IllegalArgumentException(
        "Unknown object type \"" + name + "\"; use one of contacts, companies, deals, tasks, calls, emails, meetings"));
  }

  /** Engagements (tasks, calls, emails, meetings): HubSpot sends no CRM-object webhooks for them. */
  public boolean activity() {
    return this == TASKS || this == CALLS || this == EMAILS || this == MEETINGS;
  }

  public String plural() {
    return plural;
  }

  public String singular() {
    return singular;
  }

  /** Upper-case name used in HubSpot's messages, e.g. "Could not get some CONTACT objects". */
  public String upperName() {
    return upperName;
  }

  public String modifiedProperty() {
    return modifiedProperty;
  }

  public List<String> defaultProperties() {
    return defaultProperties;
  }
}
