package io.revbridge.spi;

import java.time.Duration;

/**
 * Told about every API call an adapter makes and every wait it takes for the CRM's limits, so the app can
 * count them per connection (Prometheus). Called on the thread that made the call, possibly from several
 * threads at once: implementations must be thread-safe, quick and must not throw. Never told secrets.
 */
public interface ApiListener {
  /** Hears nothing: what a connection reports to until {@link CrmConnection#listen} is called. */
  ApiListener NONE = new ApiListener() {
    @Override
    public void called(String connection, ApiOutcome outcome) { }

    @Override
    public void waited(String connection, RateLimitWait reason, Duration wait) { }
  };

  /** One HTTP exchange with the CRM ended; every retry is an exchange of its own. */
  void called(String connection, ApiOutcome outcome);

  /** The adapter held calls back for {@code wait} (positive) for the reason given. */
  void waited(String connection, RateLimitWait reason, Duration wait);
}
