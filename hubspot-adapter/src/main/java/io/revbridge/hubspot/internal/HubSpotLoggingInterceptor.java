package io.revbridge.hubspot.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Writes one line per HTTP exchange: method, path, redacted query, status or failure, duration and
 * HubSpot's correlation id (what HubSpot support asks for). Never headers, never bodies: the token lives
 * in a header and record bodies hold personal data. Query values whose names suggest a credential are
 * replaced by {@code ****}.
 *
 * <p>Error contract: rethrows whatever the chain throws, unchanged, after logging it.
 */
public final class HubSpotLoggingInterceptor implements Interceptor {
  private final Consumer<String> sink;
  private final LongSupplier nanoTime;

  public HubSpotLoggingInterceptor(Consumer<String> sink, LongSupplier nanoTime) {
    this.sink = sink;
    this.nanoTime = nanoTime;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String call = "HubSpot " + chain.request().method() + " " + redacted(chain.request().url());
    long start = nanoTime.getAsLong();
    try {
      Response response = chain.proceed(chain.request());
      String correlation = response.header("X-HubSpot-Correlation-Id");
      sink.accept(call + " -> " + response.code() + " in " + millisSince(start) + " ms"
          + (correlation == null ? "" : " (correlation " + correlation + ")"));
      return response;
    } catch (IOException | RuntimeException e) {
      sink.accept(call + " -> failed after " + millisSince(start) + " ms: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  private long millisSince(long start) {
    return (nanoTime.getAsLong() - start) / 1_000_000;
  }

  static String redacted(HttpUrl url) {
    StringBuilder out = new StringBuilder(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      out.append(i == 0 ? '?' : '&').append(name).append('=');
      out.append(looksSecret(name) ? "****" : value);
    }
    return out.toString();
  }

  private static boolean looksSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("key") || n.contains("token") || n.contains("secret") || n.equals("code");
  }
}
