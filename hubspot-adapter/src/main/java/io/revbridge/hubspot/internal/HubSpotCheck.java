package io.revbridge.hubspot.internal;

import io.revbridge.spi.ApiUsage;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RetryableCrmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code check}: live calls, each tried once and bounded by {@code timeoutSeconds}: the token (owners,
 * limit 1), then per configured object a one-record search and the property list. One item per call, in
 * words an admin can act on. A rejected token or an unreachable host ends the check early, since every
 * further call would fail the same way. The last item is the daily allowance those calls reported
 * ("daily limit: N of M used", "paused until ... (daily limit)"). Never throws.
 */
public final class HubSpotCheck {
  private final String connection;
  private final HubSpotClient client;
  private final boolean hasToken;
  private final List<String> objects;

  public HubSpotCheck(String connection, HubSpotClient client, boolean hasToken, List<String> objects) {
    this.connection = connection;
    this.client = client;
    this.hasToken = hasToken;
    this.objects = List.copyOf(objects);
  }

  public CheckReport run() {
    List<CheckItem> items = new ArrayList<>();
    if (!hasToken) {
      items.add(new CheckItem("access token", false, "No access token is configured. Set this"
          + " connection's accessToken to a reference such as ${HUBSPOT_TOKEN}. "
          + HubSpotScopes.privateAppAdvice()));
      return new CheckReport(connection, items);
    }
    Outcome token = attempt("access token", "HubSpot at " + client.baseUrl().host() + " accepted the token",
        () -> client.send(HubSpotCall.get("/crm/v3/owners", Map.of("limit", "1")).once()));
    items.add(token.item());
    if (token.stop()) {
      if (client.usage().throttledUntil().isPresent()) {
        items.add(usage());
      }
      return new CheckReport(connection, items);
    }
    for (String object : objects) {
      HubSpotObjectType type = HubSpotObjectType.byApiName(object).orElse(null);
      if (type == null) {
        items.add(new CheckItem("read " + object, false, "'" + object + "' is not an object type this"
            + " adapter syncs; use " + HubSpotObjectType.supported()));
        continue;
      }
      HubSpotSearchRequest oneRecord =
          new HubSpotSearchRequest(List.of(), type.modifiedProperty(), List.of("hs_object_id"), 1);
      items.add(attempt("read " + object, "the token can read " + object, () -> client.send(HubSpotCall.post(
          "/crm/v3/objects/" + object + "/search", oneRecord.toJson(), HubSpotCall.Repeat.ONCE))).item());
      items.add(attempt("properties of " + object, "the token can read " + object + " properties",
          () -> client.send(HubSpotCall.get("/crm/v3/properties/" + object, Map.of()).once())).item());
    }
    items.add(usage());
    return new CheckReport(connection, items);
  }

  /** The daily allowance as the calls above reported it: fails only while calls are held for the daily limit. */
  private CheckItem usage() {
    ApiUsage usage = client.usage();
    if (usage.equals(ApiUsage.UNKNOWN)) {
      return new CheckItem("API usage", true, "HubSpot did not report daily usage (it sends no daily figures"
          + " to OAuth apps)");
    }
    return new CheckItem("API usage", usage.throttledUntil().isEmpty(), usage.note());
  }

  /** @param stop true when later calls would fail the same way (token rejected, HubSpot unreachable) */
  private record Outcome(CheckItem item, boolean stop) {}

  private static Outcome attempt(String name, String success, Supplier<HubSpotResponse> call) {
    try {
      call.get();
      return new Outcome(new CheckItem(name, true, success), false);
    } catch (CrmException e) {
      boolean tokenRejected = e instanceof ConnectionCrmException
          && HubSpotApiError.of(e).map(api -> api.status() == 401).orElse(true);
      return new Outcome(
          new CheckItem(name, false, e.getMessage()), tokenRejected || e instanceof RetryableCrmException);
    } catch (RuntimeException e) {
      return new Outcome(new CheckItem(name, false, "Unexpected failure: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())), true);
    }
  }
}
