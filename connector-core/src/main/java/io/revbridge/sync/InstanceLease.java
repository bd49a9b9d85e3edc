package io.revbridge.sync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Who this engine is among the instances sharing one store, and how long the work it claims stays its
 * own without being renewed. An instance that dies holds its work for at most {@code duration}; then
 * any other instance takes it over. The duration must be longer than one batch takes to send.
 *
 * @param owner unique per running engine: host, process id and a random part
 */
public record InstanceLease(String owner, Duration duration) {
  public static final Duration DEFAULT_DURATION = Duration.ofMinutes(2);

  public InstanceLease {
    Objects.requireNonNull(owner, "owner");
    if (owner.isBlank() || owner.length() > 200) {
      throw new IllegalArgumentException("lease owner must be 1 to 200 characters, was '" + owner + "'");
    }
    if (duration == null || duration.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("lease duration must be at least 1 second, was " + duration);
    }
  }

  /** A new identity for this process (its "pid@host" and a random suffix) with the default duration. */
  public static InstanceLease forThisProcess() {
    return forThisProcess(DEFAULT_DURATION);
  }

  public static InstanceLease forThisProcess(Duration duration) {
    return new InstanceLease(ManagementFactory.getRuntimeMXBean().getName() + "/"
        + UUID.randomUUID().toString().substring(0, 8), duration);
  }
}
