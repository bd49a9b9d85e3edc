package io.revbridge.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Ends a request with a HubSpot-shaped error body; thrown by handlers, turned into the response by the router. */
public final class ApiException extends RuntimeException {
  private final int status;
  private final transient ObjectNode body;

  public ApiException(int status, ObjectNode body) {
    super(body.path("message").asText(), null, false, false);
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public ObjectNode body() {
    return body;
  }
}
