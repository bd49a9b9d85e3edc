package io.revbridge.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Says each failure of a recurring job once: a configuration error (a misspelt mapped field, a missing permission)
 * fails every pass the same way until a person fixes it, and one clear line is worth more than one per tick. A
 * different failure is said again, and so is the recovery. Not thread-safe: the scheduler calls it from one thread.
 */
final class FailureLog {
  private final Consumer<String> log;
  private final Map<String, String> current = new HashMap<>();

  FailureLog(Consumer<String> log) {
    this.log = log;
  }

  void failed(String what, RuntimeException e) {
    String message = what + " failed: " + e.getMessage();
    if (!message.equals(current.put(what, message))) {
      log.accept(message + " — retrying at the next tick (said once until it changes)");
    }
  }

  void succeeded(String what) {
    if (current.remove(what) != null) {
      log.accept(what + " works again");
    }
  }
}
