package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the parts of request bodies that several endpoints share: associations, ids by idProperty, inputs[]. */
final class Inputs {
  private Inputs() {}

  /** {@code associations: [{to: {id}, types: [{associationCategory, associationTypeId}]}]}. */
  static List<AssociationInput> associations(ObjectType from, JsonNode array) {
    List<AssociationInput> out = new ArrayList<>();
    if (array == null || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      throw invalid("\"associations\" must be an array of {to: {id}, types: [...]}");
    }
    for (JsonNode a : array) {
      String toId = Json.text(a.path("to"), "id");
      if (toId == null || toId.isBlank()) {
        throw invalid("Each association needs \"to\": {\"id\": \"...\"}");
      }
      JsonNode types = a.path("types");
      if (!types.isArray() || types.isEmpty()) {
        throw invalid("Association to " + toId + " needs \"types\": [{\"associationCategory\": \"HUBSPOT_DEFINED\", "
            + "\"associationTypeId\": ...}]");
      }
      for (JsonNode t : types) {
        String category = Json.text(t, "associationCategory");
        int typeId = t.path("associationTypeId").asInt(-1);
        if (!"HUBSPOT_DEFINED".equals(category)) {
          throw invalid("associationCategory \"" + category + "\" is not supported by the sandbox; use "
              + "HUBSPOT_DEFINED with a HubSpot-defined associationTypeId.");
        }
        ObjectType to = AssociationTypes.target(from, typeId).orElseThrow(() -> invalid("associationTypeId "
            + typeId + " is not a HUBSPOT_DEFINED association from " + from.plural() + " (e.g. task->contact is "
            + "204, task->company 192, task->deal 216)."));
        out.add(new AssociationInput(to, toId, typeId));
      }
    }
    return out;
  }

  /** The {@code inputs} array of a batch body, checked against the batch bound. */
  static List<JsonNode> batch(JsonNode body, int batchMax) {
    JsonNode inputs = body.get("inputs");
    if (inputs == null || !inputs.isArray()) {
      throw HubSpotErrors.validation("The request body needs \"inputs\": an array of up to " + batchMax + " items.");
    }
    if (inputs.size() > batchMax) {
      throw HubSpotErrors.validation("Batch input was too large: " + inputs.size() + " inputs, the limit is "
          + batchMax + ". Split the request into batches of at most " + batchMax + ".");
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode i : inputs) {
      if (!i.isObject()) {
        throw HubSpotErrors.validation("Each entry of \"inputs\" must be an object, got " + i.getNodeType());
      }
      out.add(i);
    }
    return out;
  }

  /**
   * The record id for a value given with an optional {@code idProperty}: the id itself, or the contact
   * with that email. Returns the value unchanged when nothing matches, so the caller reports "not found".
   */
  static String resolveId(HubSpotCrm crm, ObjectType type, String value, String idProperty) {
    if (idProperty == null || idProperty.isBlank() || idProperty.equals("hs_object_id")) {
      return value;
    }
    if (type == ObjectType.CONTACTS && idProperty.equals("email")) {
      ObjectStore s = crm.store(type);
      Long id = s.read(() -> s.idByEmail(value));
      return id == null ? value : Long.toString(id);
    }
    throw HubSpotErrors.validation("idProperty \"" + idProperty + "\" is not supported by the sandbox; use "
        + "hs_object_id, or email for contacts.");
  }

  private static InvalidItem invalid(String message) {
    return new InvalidItem(ItemError.validation(message, Map.of()));
  }
}
