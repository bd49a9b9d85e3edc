package io.revbridge.sandbox.hubspot;

import java.util.Map;
import java.util.Optional;

/** HubSpot-defined association type ids (api-notes §6) and which object type each one points to. */
final class AssociationTypes {
  private static final Map<ObjectType, Map<Integer, ObjectType>> TARGETS = Map.of(
      ObjectType.TASKS, Map.of(204, ObjectType.CONTACTS, 192, ObjectType.COMPANIES, 216, ObjectType.DEALS),
      ObjectType.CONTACTS, Map.of(1, ObjectType.COMPANIES, 279, ObjectType.COMPANIES, 4, ObjectType.DEALS,
          203, ObjectType.TASKS),
      ObjectType.COMPANIES, Map.of(2, ObjectType.CONTACTS, 280, ObjectType.CONTACTS, 6, ObjectType.DEALS,
          342, ObjectType.DEALS, 191, ObjectType.TASKS),
      ObjectType.DEALS, Map.of(5, ObjectType.COMPANIES, 341, ObjectType.COMPANIES, 3, ObjectType.CONTACTS,
          215, ObjectType.TASKS));

  private AssociationTypes() {}

  /** The object type a HUBSPOT_DEFINED association type id leads to from {@code from}, if it is valid there. */
  static Optional<ObjectType> target(ObjectType from, int typeId) {
    return Optional.ofNullable(TARGETS.getOrDefault(from, Map.of()).get(typeId));
  }

  /** The label HubSpot uses in v3 association lists, e.g. {@code contact_to_company}. */
  static String label(ObjectType from, ObjectType to) {
    return from.singular() + "_to_" + to.singular();
  }
}
