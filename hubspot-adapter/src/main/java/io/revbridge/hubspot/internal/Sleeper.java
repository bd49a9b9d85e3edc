package io.revbridge.hubspot.internal;

import java.time.Duration;

/**
 * Waits. The throttle and the retry policy wait only through this, so tests swap in a fake that advances
 * a fake clock instead of blocking.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;
}
