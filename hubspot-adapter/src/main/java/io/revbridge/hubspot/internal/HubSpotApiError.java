package io.revbridge.hubspot.internal;

/**
 * HubSpot's own account of a failed call, kept as the cause of the {@link io.revbridge.spi.CrmException}
 * the error interceptor throws, so batch writers can still read per-property detail from a rejected
 * call. Its message is already scrubbed of the token.
 */
public final class HubSpotApiError extends RuntimeException {
  private final int status;
  private final transient HubSpotErrorBody body;

  public HubSpotApiError(int status, HubSpotErrorBody body, String message) {
    super(message, null, false, false);
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public HubSpotErrorBody body() {
    return body;
  }

  /** The API error behind a CRM exception, when HubSpot answered at all. */
  public static java.util.Optional<HubSpotApiError> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HubSpotApiError error) {
        return java.util.Optional.of(error);
      }
    }
    return java.util.Optional.empty();
  }
}
