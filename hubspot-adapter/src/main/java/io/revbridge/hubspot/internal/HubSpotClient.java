package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.revbridge.spi.RateLimitWait;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one HubSpot connection: OkHttp with auth, error-mapping and logging interceptors,
 * wrapped in the client-side throttle and the retry policy. Built once per connection and shared.
 *
 * <p>Thread-safe. {@link #send} blocks for at most the throttle queue plus {@code maxRetries} attempts of
 * {@code timeoutSeconds} each plus the retry waits; it returns only 2xx answers and otherwise throws a
 * typed {@link io.revbridge.spi.CrmException}.
 */
public final class HubSpotClient implements AutoCloseable {
  public static final String DEFAULT_BASE_URL = "https://api.hubapi.com";

  private static final Logger LOG = LoggerFactory.getLogger(HubSpotClient.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final HubSpotThrottle throttle;
  private final HubSpotRetry retry;
  private final Duration timeout;
  private final HubSpotUsage usage;
  private final java.time.Clock clock;
  private final HubSpotApiEvents events;

  public HubSpotClient(
      String connection,
      HttpUrl baseUrl,
      Optional<Secret> token,
      HubSpotOptions options,
      HubSpotTiming timing) {
    this(connection, baseUrl, new HubSpotStaticToken(connection, token), options, timing);
  }

  public HubSpotClient(
      String connection,
      HttpUrl baseUrl,
      HubSpotTokens tokens,
      HubSpotOptions options,
      HubSpotTiming timing) {
    this.baseUrl = baseUrl;
    this.timeout = options.timeout();
    this.http =
        new OkHttpClient.Builder()
            .callTimeout(options.timeout())
            .connectTimeout(options.timeout())
            .readTimeout(options.timeout())
            .writeTimeout(options.timeout())
            // Every repeat goes through HubSpotRetry, so it is paced, backed off and counted (api-calls metric);
            // OkHttp's silent reconnect would send a call again unseen.
            .retryOnConnectionFailure(false)
            .addInterceptor(new HubSpotAuthInterceptor(connection, baseUrl.host(), tokens))
            .addInterceptor(new HubSpotErrorInterceptor(options.timeout()))
            .addInterceptor(new HubSpotLoggingInterceptor(LOG::debug, System::nanoTime))
            .build();
    this.events = new HubSpotApiEvents(connection);
    Sleeper pacing = wait -> {
      events.waited(RateLimitWait.PACING, wait);
      timing.sleeper().sleep(wait);
    };
    this.throttle = new HubSpotThrottle(options,
        new HubSpotTiming(timing.clock(), timing.nanoTime(), pacing, timing.random()));
    this.retry = new HubSpotRetry(options.maxRetries(), timing.sleeper(), timing.random(), (failure, wait) -> {
      // Backoff after a 5xx or a broken connection is no rate-limit wait; a wait HubSpot asked for is.
      if (failure.retryAfter().isPresent()
          || HubSpotApiError.of(failure).map(e -> e.status() == 429).orElse(false)) {
        events.waited(RateLimitWait.RETRY_AFTER, wait);
      }
    });
    this.clock = timing.clock();
    this.usage = new HubSpotUsage(clock);
  }

  /** Parses and checks a configured base URL; {@code null} or blank means the real HubSpot API. */
  public static HttpUrl baseUrl(String connection, String configured) {
    String raw = configured == null || configured.isBlank() ? DEFAULT_BASE_URL : configured.strip();
    HttpUrl url = HttpUrl.parse(raw);
    if (url == null) {
      throw new IllegalArgumentException(
          "connection '" + connection + "': baseUrl '" + raw + "' is not an http(s) URL; leave it out"
              + " for " + DEFAULT_BASE_URL + " or give e.g. http://127.0.0.1:8089 for a sandbox");
    }
    return url;
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The burst limit the client paces itself by now, e.g. {@code 190/10000}. */
  public String burstLimit() {
    return throttle.burstLimit();
  }

  /** The daily allowance as HubSpot last reported it; never makes a call. */
  public io.revbridge.spi.ApiUsage usage() {
    return usage.snapshot();
  }

  /** From now on, every call and every rate-limit wait of this client is reported to {@code listener}. */
  public void listen(io.revbridge.spi.ApiListener listener) {
    events.listen(listener);
  }

  public HubSpotResponse send(HubSpotCall call) {
    return retry.run(call.repeat(), () -> sendOnce(call));
  }

  private HubSpotResponse sendOnce(HubSpotCall call) {
    Optional<java.time.Instant> paused = usage.snapshot().throttledUntil();
    if (paused.isPresent()) {
      // Calls before the reset only fail again and count towards HubSpot's 5% error budget (api-notes §2).
      throw new RetryableCrmException("DAILY_LIMIT", "HubSpot's daily API limit for this account is used up;"
          + " Revbridge holds calls until " + paused.get() + ".",
          Duration.between(clock.instant(), paused.get()), null);
    }
    try {
      throttle.acquire(call.search());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableCrmException(
          "INTERRUPTED", "Interrupted while waiting for the HubSpot rate limit", null, e);
    }
    Request request = toRequest(call);
    try (Response response = execute(request)) {
      throttle.observe(response.header("X-HubSpot-RateLimit-Max"),
          response.header("X-HubSpot-RateLimit-Interval-Milliseconds"));
      usage.observe(response.header("X-HubSpot-RateLimit-Daily"),
          response.header("X-HubSpot-RateLimit-Daily-Remaining"));
      String text = response.body().string();
      events.called(io.revbridge.spi.ApiOutcome.OK);
      return new HubSpotResponse(
          response.code(), text.isBlank() ? MissingNode.getInstance() : HubSpotJson.parse(text));
    } catch (JsonProcessingException e) {
      throw new RetryableCrmException(
          "MALFORMED_RESPONSE", "HubSpot answered " + call.method() + " " + call.path()
              + " with a body that is not JSON; a proxy in between may have replied instead", null, e);
    } catch (IOException e) {
      // Reading the body failed after a 2xx status line: the call may have taken effect.
      events.called(io.revbridge.spi.ApiOutcome.TRANSPORT_ERROR);
      throw HubSpotErrors.fromTransport(call.method(), baseUrl.host(), call.path(), e, timeout);
    }
  }

  /** Executes one exchange, noting a daily-limit 429 for {@link #usage()} on its way to the caller. */
  private Response execute(Request request) throws IOException {
    try {
      return http.newCall(request).execute();
    } catch (RetryableCrmException e) {
      events.failed(e);
      if (HubSpotErrors.isDailyLimit(e)) {
        Duration hold = e.retryAfter().orElse(HubSpotErrors.DAILY_WAIT);
        usage.dailyLimitReached(clock.instant().plus(hold));
        events.waited(RateLimitWait.DAILY_LIMIT, hold);
      }
      throw e;
    } catch (io.revbridge.spi.CrmException e) {
      events.failed(e);
      throw e;
    }
  }

  private Request toRequest(HubSpotCall call) {
    HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(call.path().substring(1));
    call.query().forEach(url::addEncodedQueryParameter);
    Request.Builder request = new Request.Builder().url(url.build()).header("Accept", "application/json");
    if (call.body() != null) {
      byte[] json = HubSpotJson.write(call.body()).getBytes(StandardCharsets.UTF_8);
      request.method(call.method(), call.repeat() == HubSpotCall.Repeat.SAFE
          ? RequestBody.create(json, JSON)
          : new OneShotBody(json));
    } else {
      request.method(call.method(), null);
    }
    return request.build();
  }

  /**
   * OkHttp silently re-sends a request after some connection failures, even once the body was written,
   * unless the body is one-shot. For a create that could mean a second task, so such calls are one-shot.
   */
  private static final class OneShotBody extends RequestBody {
    private final byte[] json;

    OneShotBody(byte[] json) {
      this.json = json;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return json.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(json);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
