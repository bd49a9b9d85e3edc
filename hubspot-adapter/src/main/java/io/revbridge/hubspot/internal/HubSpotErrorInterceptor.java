package io.revbridge.hubspot.internal;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns every failed exchange into a typed {@link io.revbridge.spi.CrmException} (see {@link HubSpotErrors}),
 * so callers above it only ever see 2xx responses.
 *
 * <p>Error contract: returns only successful (2xx, including 207 Multi-Status) responses. Throws
 * {@link io.revbridge.spi.RetryableCrmException} for transport failures ({@link IOException}) and for
 * 429/5xx; {@link io.revbridge.spi.ConnectionCrmException} for 401/403;
 * {@link io.revbridge.spi.RejectedCrmException} for other 4xx. The response is closed before throwing, and
 * the token (read from the request's Authorization header) is scrubbed from every message.
 */
public final class HubSpotErrorInterceptor implements Interceptor {
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final Duration timeout;

  public HubSpotErrorInterceptor(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    String path = request.url().encodedPath();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      throw HubSpotErrors.fromTransport(request.method(), request.url().host(), path, timedOut(chain, e), timeout);
    }
    if (response.isSuccessful()) {
      return response;
    }
    String text;
    try (response) {
      text = response.peekBody(MAX_ERROR_BODY).string();
    } catch (IOException e) {
      text = ""; // the status alone still says what to do
    }
    throw HubSpotErrors.fromResponse(
        request.method(),
        path,
        response.code(),
        response.header("Retry-After"),
        response.header("X-HubSpot-RateLimit-Interval-Milliseconds"),
        HubSpotErrorBody.parse(text),
        bearerToken(request));
  }

  /**
   * When the call timeout fires, OkHttp cancels the call by closing its socket, so the read fails with
   * "Socket closed" rather than a timeout; the cancelled call tells the two apart.
   */
  private static IOException timedOut(Chain chain, IOException e) {
    if (e instanceof java.io.InterruptedIOException || !chain.call().isCanceled()) {
      return e;
    }
    java.io.InterruptedIOException timeout = new java.io.InterruptedIOException("timeout");
    timeout.initCause(e);
    return timeout;
  }

  private static String bearerToken(Request request) {
    String header = request.header("Authorization");
    return header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : null;
  }
}
