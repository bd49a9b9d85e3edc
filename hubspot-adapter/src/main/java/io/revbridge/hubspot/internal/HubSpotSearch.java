package io.revbridge.hubspot.internal;

import java.util.List;

/** Runs one CRM search and returns its first page. The change feed's only window onto HubSpot. */
@FunctionalInterface
public interface HubSpotSearch {
  /** @throws io.revbridge.spi.CrmException typed, as the client throws it */
  List<HubSpotObject> search(HubSpotSearchable type, HubSpotSearchRequest request);

  /** The real thing: {@code POST /crm/v3/objects/{type}/search}. */
  static HubSpotSearch over(HubSpotClient client) {
    return (type, request) -> {
      HubSpotResponse response =
          client.send(
              HubSpotCall.post(
                  "/crm/v3/objects/" + type.apiName() + "/search",
                  request.toJson(),
                  HubSpotCall.Repeat.SAFE));
      List<HubSpotObject> results = new java.util.ArrayList<>();
      response.body().path("results").forEach(node -> results.add(HubSpotObject.from(node)));
      return results;
    };
  }
}
