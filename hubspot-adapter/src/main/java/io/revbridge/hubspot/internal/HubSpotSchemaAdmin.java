package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.CrmField;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import io.revbridge.spi.FieldType;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.SchemaAdmin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and creates Revbridge's own properties (api-notes §4): lists {@code /crm/v3/properties/{type}}
 * once per object type per call, creates what is missing with {@code POST}, and treats 409 as "someone
 * created it first". Per-field problems (bad name, missing scope, type clash) are statuses; a retryable
 * failure is thrown, since the whole call can simply be repeated. Thread-safe.
 */
public final class HubSpotSchemaAdmin implements SchemaAdmin {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");

  private final HubSpotClient client;
  private final HubSpotPropertyGroups groups;

  public HubSpotSchemaAdmin(HubSpotClient client) {
    this(client, new HubSpotPropertyGroups(client));
  }

  public HubSpotSchemaAdmin(HubSpotClient client, HubSpotPropertyGroups groups) {
    this.client = client;
    this.groups = groups;
  }

  @Override
  public List<FieldStatus> ensureFields(List<FieldSpec> fields, boolean create) {
    Map<String, Listing> listings = new HashMap<>();
    List<FieldStatus> statuses = new ArrayList<>();
    for (FieldSpec field : fields) {
      statuses.add(ensure(field, create, listings));
    }
    return statuses;
  }

  @Override
  public List<CrmField> describe(String objectType) {
    HubSpotObjectType type = HubSpotObjectType.byApiName(objectType).orElseThrow(() -> new IllegalArgumentException(
        "HubSpot objects are " + HubSpotObjectType.supported() + ", not " + objectType));
    List<CrmField> fields = new ArrayList<>();
    client.send(HubSpotCall.get("/crm/v3/properties/" + type.apiName(), Map.of())).body().path("results").forEach(p -> {
      List<String> options = new ArrayList<>();
      p.path("options").forEach(o -> options.add(HubSpotJson.text(o, "value")));
      boolean readOnly = p.path("modificationMetadata").path("readOnlyValue").asBoolean(false)
          || p.path("calculated").asBoolean(false);
      fields.add(new CrmField(type.apiName(), HubSpotJson.text(p, "name"), HubSpotJson.text(p, "label"),
          HubSpotJson.text(p, "type"), !p.path("hubspotDefined").asBoolean(false), !readOnly, options));
    });
    // Not properties, but readable like them (HubSpotAssociations), so mappings can be checked against them.
    for (HubSpotObjectType to : HubSpotObjectType.values()) {
      if (to != type) {
        fields.add(new CrmField(type.apiName(), HubSpotAssociations.PREFIX + to.apiName(),
            "Associated " + to.apiName() + " (id of the primary or first one)", "string", false, false, List.of()));
      }
    }
    return fields;
  }

  /** The properties of one object type by name and HubSpot type, or why they could not be listed. */
  private record Listing(Map<String, String> types, String failure) {}

  private FieldStatus ensure(FieldSpec field, boolean create, Map<String, Listing> listings) {
    HubSpotObjectType type = HubSpotObjectType.byApiName(field.objectType()).orElse(null);
    if (type == null) {
      return failed(field, "Revbridge keeps its fields on " + HubSpotObjectType.supported() + ", not "
          + field.objectType());
    }
    if (!NAME.matcher(field.name()).matches()) {
      return failed(field, "'" + field.name() + "' is not a valid HubSpot property name: use lowercase"
          + " letters, digits and underscores, starting with a letter");
    }
    Listing listing = listings.computeIfAbsent(type.apiName(), t -> list(type));
    if (listing.failure() != null) {
      return failed(field, listing.failure());
    }
    Map<String, String> existing = listing.types();
    String hubSpotType = hubSpotType(field.type());
    String found = existing.get(field.name());
    if (found != null) {
      return found.equals(hubSpotType)
          ? new FieldStatus(field, FieldStatus.State.EXISTS, "exists")
          : failed(field, "exists in HubSpot with type " + found + " but Revbridge writes " + hubSpotType
              + "; delete or rename the HubSpot property, or change the field's type in the playbook");
    }
    if (!create) {
      return new FieldStatus(field, FieldStatus.State.MISSING, "not in HubSpot yet; Revbridge creates it as "
          + hubSpotType + "/" + fieldType(field.type()) + " in the property group " + HubSpotPropertyGroups.LABEL
          + " when field creation runs (the first sync, or check --fix)");
    }
    FieldStatus status = createField(type, field);
    if (status.state() != FieldStatus.State.FAILED) {
      existing.put(field.name(), hubSpotType);
    }
    return status;
  }

  private Listing list(HubSpotObjectType type) {
    try {
      Map<String, String> byName = new HashMap<>();
      client.send(HubSpotCall.get("/crm/v3/properties/" + type.apiName(), Map.of()))
          .body().path("results")
          .forEach(p -> byName.put(HubSpotJson.text(p, "name"), HubSpotJson.text(p, "type")));
      return new Listing(byName, null);
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      return new Listing(Map.of(), e.getMessage());
    }
  }

  private FieldStatus createField(HubSpotObjectType type, FieldSpec field) {
    // Revbridge's own group keeps its properties together in HubSpot's UI; if the token may create
    // properties but not groups, the object's default group still works.
    Optional<String> noGroup = groups.ensure(type.apiName());
    String group = noGroup.isEmpty() ? HubSpotPropertyGroups.NAME : type.propertyGroup();
    ObjectNode body = HubSpotJson.object()
        .put("name", field.name())
        .put("label", field.label() == null || field.label().isBlank() ? field.name() : field.label())
        .put("type", hubSpotType(field.type()))
        .put("fieldType", fieldType(field.type()))
        .put("groupName", group);
    if (field.description() != null) {
      body.put("description", field.description());
    }
    for (int i = 0; i < field.options().size(); i++) {
      String option = field.options().get(i);
      body.withArray("options").addObject().put("label", option).put("value", option).put("displayOrder", i)
          .put("hidden", false);
    }
    try {
      client.send(HubSpotCall.post("/crm/v3/properties/" + type.apiName(), body, HubSpotCall.Repeat.UNSENT_ONLY));
      return new FieldStatus(field, FieldStatus.State.CREATED, "created in group " + group
          + noGroup.map(why -> " (" + why + ")").orElse(""));
    } catch (RetryableCrmException e) {
      throw e;
    } catch (CrmException e) {
      if (HubSpotApiError.of(e).map(api -> api.status() == 409).orElse(false)) {
        return new FieldStatus(field, FieldStatus.State.EXISTS, "already existed (created meanwhile)");
      }
      return failed(field, e.getMessage());
    }
  }

  static String hubSpotType(FieldType type) {
    return switch (type) {
      case STRING, TEXTAREA -> "string";
      case NUMBER -> "number";
      case DATETIME -> "datetime";
      case ENUMERATION -> "enumeration";
    };
  }

  static String fieldType(FieldType type) {
    return switch (type) {
      case STRING -> "text";
      case TEXTAREA -> "textarea";
      case NUMBER -> "number";
      case DATETIME -> "date";
      case ENUMERATION -> "select";
    };
  }

  private static FieldStatus failed(FieldSpec field, String detail) {
    return new FieldStatus(field, FieldStatus.State.FAILED, detail);
  }
}
