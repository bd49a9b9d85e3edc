package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HubSpot API call as a value: what to send and how safe it is to send again.
 *
 * @param query query parameters in order, sent as given: HubSpot's paging tokens ({@code paging.next.after})
 *     arrive already URL-encoded ({@code "NTI1Cg%3D%3D"}) and must not be encoded twice
 * @param body JSON body for POST, null for GET
 */
public record HubSpotCall(String method, String path, Map<String, String> query, JsonNode body, Repeat repeat) {

  /** How often the client may send the same call. */
  public enum Repeat {
    /** Reads and updates: sending twice does no harm, so every retryable failure is retried. */
    SAFE,
    /**
     * Creates: a second send could create a second object, so only failures where HubSpot certainly did
     * not act are retried (429, or the host was never reached).
     */
    UNSENT_ONLY,
    /** Never retried in the client: {@code check} wants a prompt answer. */
    ONCE
  }

  public HubSpotCall {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  public static HubSpotCall get(String path, Map<String, String> query) {
    return new HubSpotCall("GET", path, query, null, Repeat.SAFE);
  }

  public static HubSpotCall post(String path, JsonNode body, Repeat repeat) {
    return new HubSpotCall("POST", path, Map.of(), body, repeat);
  }

  public HubSpotCall once() {
    return new HubSpotCall(method, path, query, body, Repeat.ONCE);
  }

  /** Search calls have their own, per-second limit. */
  public boolean search() {
    return path.endsWith("/search");
  }
}
