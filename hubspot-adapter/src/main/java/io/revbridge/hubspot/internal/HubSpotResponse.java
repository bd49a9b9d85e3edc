package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful HubSpot answer: 200, 201, 204 or 207 (Multi-Status: some items failed, see {@code errors}).
 *
 * @param body the parsed JSON; a missing node when the answer had no body
 */
public record HubSpotResponse(int status, JsonNode body) {}
