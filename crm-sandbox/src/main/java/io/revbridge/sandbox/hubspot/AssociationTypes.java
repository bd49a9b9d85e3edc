package io.revbridge.sandbox.hubspot;

import java.util.Map;
import java.util.Optional;

/**
 * HubSpot-defined association type ids (api-notes §6; the call, email and meeting ones from HubSpot's published
 * association type list) and which object type each one points to.
 */
final class AssociationTypes {
  private static final Map<ObjectType, Map<Integer, ObjectType>> TARGETS = Map.of(
      ObjectType.TASKS, Map.of(204, ObjectType.CONTACTS, 192, ObjectType.COMPANIES, 216, ObjectType.DEALS),
      ObjectType.CALLS, Map.of(194, ObjectType.CONTACTS, 182, ObjectType.COMPANIES, 206, ObjectType.DEALS),
      ObjectType.EMAILS, Map.of(198, ObjectType.CONTACTS, 186, ObjectType.COMPANIES, 210, ObjectType.DEALS),
      ObjectType.MEETINGS, Map.of(200, ObjectType.CONTACTS, 188, ObjectType.COMPANIES, 212, ObjectType.DEALS),
      ObjectType.CONTACTS, Map.of(1, ObjectType.COMPANIES, 279, ObjectType.COMPANIES, 4, ObjectType.DEALS,
          203, ObjectType.TASKS, 193, ObjectType.CALLS, 197, ObjectType.EMAILS, 199, ObjectType.MEETINGS),
      ObjectType.COMPANIES, Map.of(2, ObjectType.CONTACTS, 280, ObjectType.CONTACTS, 6, ObjectType.DEALS,
          342, ObjectType.DEALS, 191, ObjectType.TASKS),
      ObjectType.DEALS, Map.of(5, ObjectType.COMPANIES, 341, ObjectType.COMPANIES, 3, ObjectType.CONTACTS,
          215, ObjectType.TASKS, 205, ObjectType.CALLS, 209, ObjectType.EMAILS, 211, ObjectType.MEETINGS));

  /** The unlabeled type id per (from, to), and the "Primary" one where HubSpot has it (records to companies). */
  private static final Map<ObjectType, Map<ObjectType, int[]>> V4 = Map.of(
      ObjectType.CONTACTS, Map.of(ObjectType.COMPANIES, new int[] {279, 1}, ObjectType.DEALS, new int[] {4},
          ObjectType.TASKS, new int[] {203}, ObjectType.CALLS, new int[] {193}, ObjectType.EMAILS, new int[] {197},
          ObjectType.MEETINGS, new int[] {199}),
      ObjectType.COMPANIES, Map.of(ObjectType.CONTACTS, new int[] {280, 2}, ObjectType.DEALS, new int[] {342, 6},
          ObjectType.TASKS, new int[] {191}),
      ObjectType.DEALS, Map.of(ObjectType.COMPANIES, new int[] {341, 5}, ObjectType.CONTACTS, new int[] {3},
          ObjectType.TASKS, new int[] {215}, ObjectType.CALLS, new int[] {205}, ObjectType.EMAILS, new int[] {209},
          ObjectType.MEETINGS, new int[] {211}),
      ObjectType.TASKS, Map.of(ObjectType.CONTACTS, new int[] {204}, ObjectType.COMPANIES, new int[] {192},
          ObjectType.DEALS, new int[] {216}),
      ObjectType.CALLS, Map.of(ObjectType.CONTACTS, new int[] {194}, ObjectType.COMPANIES, new int[] {182},
          ObjectType.DEALS, new int[] {206}),
      ObjectType.EMAILS, Map.of(ObjectType.CONTACTS, new int[] {198}, ObjectType.COMPANIES, new int[] {186},
          ObjectType.DEALS, new int[] {210}),
      ObjectType.MEETINGS, Map.of(ObjectType.CONTACTS, new int[] {200}, ObjectType.COMPANIES, new int[] {188},
          ObjectType.DEALS, new int[] {212}));

  private AssociationTypes() {}

  /** The unlabeled HUBSPOT_DEFINED type id from {@code from} to {@code to}. */
  static int unlabeled(ObjectType from, ObjectType to) {
    return V4.get(from).get(to)[0];
  }

  /** The "Primary" type id from {@code from} to {@code to}, or -1 where HubSpot has no primary label. */
  static int primary(ObjectType from, ObjectType to) {
    int[] ids = V4.get(from).get(to);
    return ids.length > 1 ? ids[1] : -1;
  }

  /** The object type a HUBSPOT_DEFINED association type id leads to from {@code from}, if it is valid there. */
  static Optional<ObjectType> target(ObjectType from, int typeId) {
    return Optional.ofNullable(TARGETS.getOrDefault(from, Map.of()).get(typeId));
  }

  /** The label HubSpot uses in v3 association lists, e.g. {@code contact_to_company}. */
  static String label(ObjectType from, ObjectType to) {
    return from.singular() + "_to_" + to.singular();
  }
}
