package io.revbridge.hubspot.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CRM objects the adapter syncs, with the HubSpot facts that differ per object (api-notes §1, §4, §6).
 * Contacts are the odd one out: their modified-date property has no {@code hs_} prefix.
 */
public enum HubSpotObjectType implements HubSpotSearchable {
  CONTACTS("contacts", "contact", "0-1", "lastmodifieddate", "contactinformation", 204),
  COMPANIES("companies", "company", "0-2", "hs_lastmodifieddate", "companyinformation", 192),
  DEALS("deals", "deal", "0-3", "hs_lastmodifieddate", "dealinformation", 216);

  private final String apiName;
  private final String singular;
  private final String typeId;
  private final String modifiedProperty;
  private final String propertyGroup;
  private final int taskAssociationTypeId;

  HubSpotObjectType(
      String apiName,
      String singular,
      String typeId,
      String modifiedProperty,
      String propertyGroup,
      int taskAssociationTypeId) {
    this.apiName = apiName;
    this.singular = singular;
    this.typeId = typeId;
    this.modifiedProperty = modifiedProperty;
    this.propertyGroup = propertyGroup;
    this.taskAssociationTypeId = taskAssociationTypeId;
  }

  /** The object type in URLs and in Revbridge's record refs: {@code contacts}. */
  @Override
  public String apiName() {
    return apiName;
  }

  @Override
  public String modifiedProperty() {
    return modifiedProperty;
  }

  public String propertyGroup() {
    return propertyGroup;
  }

  /** HUBSPOT_DEFINED association type id from a task to a record of this type. */
  public int taskAssociationTypeId() {
    return taskAssociationTypeId;
  }

  public static Optional<HubSpotObjectType> byApiName(String name) {
    return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst();
  }

  /** By webhook subscription prefix ({@code contact} of {@code contact.creation}). */
  public static Optional<HubSpotObjectType> bySingular(String singular) {
    return Arrays.stream(values())
        .filter(t -> t.singular.equals(singular.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** By object type id ({@code 0-1}), as generic {@code object.*} webhook events carry it. */
  public static Optional<HubSpotObjectType> byTypeId(String typeId) {
    return Arrays.stream(values()).filter(t -> t.typeId.equals(typeId)).findFirst();
  }

  /** Like {@link #byApiName} but for caller input: an unknown name is a mistake worth a clear message. */
  public static HubSpotObjectType require(String name) {
    return byApiName(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "HubSpot object type '" + name + "' is not supported; use one of " + supported()));
  }

  public static String supported() {
    return Arrays.stream(values()).map(HubSpotObjectType::apiName).collect(Collectors.joining(", "));
  }
}
