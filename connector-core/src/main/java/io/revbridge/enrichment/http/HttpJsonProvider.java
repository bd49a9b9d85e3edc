package io.revbridge.enrichment.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.FailureKind;
import io.revbridge.enrichment.ProviderAnswer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks a vendor's JSON API about one record per request: URL from a template, auth header from a resolved secret,
 * canonical fields from JSON pointers. 429, 5xx, timeouts and connection errors are retried ({@code Retry-After}
 * honoured up to {@code maxRetryWait}); what still fails becomes a per-record failure, so the waterfall moves on.
 * 404 means "the vendor does not know this one": an empty answer, cached like any other.
 *
 * <p>Uses the JDK's {@link HttpClient} rather than OkHttp, which only the adapters need: the core stays free of it.
 * Requests of a batch go one after the other, paced by the rate limiter. Thread-safe. Neither the secret nor the
 * response body ever reaches a failure message.
 */
public final class HttpJsonProvider implements EnrichmentProvider {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpJsonProviderSpec spec;
  private final UrlTemplate url;
  private final Set<String> fields;
  private final HttpClient client;
  private final RateLimiter rateLimiter;
  private final RetryConfig retryConfig;

  public HttpJsonProvider(HttpJsonProviderSpec spec) {
    this.spec = spec;
    this.url = new UrlTemplate(spec.urlTemplate());
    Set<String> filled = new LinkedHashSet<>();
    spec.fields().forEach(pointer -> filled.add(pointer.field()));
    this.fields = Set.copyOf(filled);
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(spec.timeout()).build();
    this.rateLimiter = RateLimiter.of(spec.name(), RateLimiterConfig.custom()
        .limitForPeriod(spec.requestsPerSecond())
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(spec.timeout())
        .build());
    this.retryConfig = RetryConfig.<Outcome>custom()
        .maxAttempts(spec.maxAttempts())
        .retryOnResult(Outcome::retryable)
        .intervalBiFunction((IntervalBiFunction<Outcome>) (attempt, result) -> waitMillis(attempt, result))
        .failAfterMaxAttempts(false)
        .build();
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public Set<String> fields() {
    return fields;
  }

  @Override
  public Duration cacheTtl() {
    return spec.cacheTtl();
  }

  /** The expanded URL: two records with the same domain share one vendor answer. Never holds the secret. */
  @Override
  public String cacheKey(EnrichmentInput input) {
    return url.expand(input);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    List<ProviderAnswer> answers = new ArrayList<>(batch.size());
    for (EnrichmentInput input : batch) {
      String target = url.expand(input);
      answers.add(target == null ? ProviderAnswer.empty() : ask(target));
    }
    return answers;
  }

  private ProviderAnswer ask(String target) {
    Retry retry = Retry.of(spec.name(), retryConfig);
    Outcome outcome = Retry.decorateSupplier(retry, () -> call(target)).get();
    if (outcome.status == 200) {
      return answer(outcome.body);
    }
    if (outcome.status == 404) {
      return ProviderAnswer.empty();
    }
    return ProviderAnswer.failed(outcome.kind(), outcome.message);
  }

  private Outcome call(String target) {
    if (!rateLimiter.acquirePermission()) {
      return new Outcome(-1, null, null, FailureKind.RATE_LIMITED,
          "local rate limit of " + spec.requestsPerSecond() + " requests/s still exhausted after " + spec.timeout());
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
        .timeout(spec.timeout())
        .header("Accept", "application/json")
        .GET();
    if (spec.authHeader() != null) {
      request.header(spec.authHeader(), spec.authPrefix() + spec.secret().reveal());
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
      return new Outcome(status, status == 200 ? response.body() : null, retryAfter, null,
          "HTTP " + status + " from " + hostOf(target) + hint(status));
    } catch (HttpTimeoutException e) {
      return new Outcome(-1, null, null, FailureKind.TIMEOUT, "no answer from " + hostOf(target) + " within "
          + spec.timeout().toMillis() + " ms");
    } catch (IOException e) {
      return new Outcome(-1, null, null, FailureKind.SERVER_ERROR, "cannot reach " + hostOf(target) + " ("
          + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(-1, null, null, FailureKind.ERROR, "interrupted");
    }
  }

  private ProviderAnswer answer(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return ProviderAnswer.failed(FailureKind.BAD_RESPONSE, "the answer of " + spec.name() + " is not JSON");
    }
    Map<String, Candidate> out = new HashMap<>();
    for (FieldPointer pointer : spec.fields()) {
      Object value = JsonValues.of(root.at(pointer.pointer()));
      if (value != null && !out.containsKey(pointer.field())) {
        out.put(pointer.field(), new Candidate(value, pointer.confidence()));
      }
    }
    return ProviderAnswer.of(out);
  }

  private long waitMillis(int attempt, io.github.resilience4j.core.functions.Either<Throwable, Outcome> result) {
    long exponential = spec.retryWait().toMillis() << Math.min(attempt - 1, 10);
    if (result != null && result.isRight() && result.get().retryAfter != null) {
      try {
        exponential = Long.parseLong(result.get().retryAfter.strip()) * 1000;
      } catch (NumberFormatException e) {
        // an HTTP-date Retry-After: keep our own backoff rather than parse dates for a rare case
      }
    }
    return Math.min(exponential, spec.maxRetryWait().toMillis());
  }

  private static String hostOf(String target) {
    return URI.create(target).getHost();
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> ": check the vendor's API key and its permissions";
      case 429 -> ": the vendor's rate limit; lower requestsPerSecond";
      default -> "";
    };
  }

  /** One HTTP exchange as the retry sees it; {@code kind} is set for failures that never got a status. */
  private record Outcome(int status, String body, String retryAfter, FailureKind failure, String message) {
    boolean retryable() {
      return status == 429 || status >= 500 || failure == FailureKind.TIMEOUT || failure == FailureKind.SERVER_ERROR;
    }

    FailureKind kind() {
      if (failure != null) {
        return failure;
      }
      if (status == 429) {
        return FailureKind.RATE_LIMITED;
      }
      return status >= 500 ? FailureKind.SERVER_ERROR : FailureKind.BAD_RESPONSE;
    }
  }
}
