package io.revbridge.hubspot.internal;

/** An object HubSpot's CRM search and the keyset change feed work on: CRM records and activity objects alike. */
public interface HubSpotSearchable {
  /** The object type in URLs: {@code contacts}, {@code calls}. */
  String apiName();

  /** The modified-date property the change feed sorts and filters by. */
  String modifiedProperty();
}
