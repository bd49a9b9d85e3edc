package io.revbridge.sync;

import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every connection's health from the store (shared by all instances) and the adapters' usage
 * reports. A handful of small queries; cheap enough for every readiness probe.
 */
public final class SyncHealthReader {
  private final Store store;
  private final Clock clock;

  public SyncHealthReader(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** In the order of the map (the configuration's order). */
  public List<ConnectionHealth> read(Map<String, CrmConnection> connections) {
    Map<String, Long> inbox = store.inbox().pendingByConnection();
    Map<String, Long> outbox = store.outbox().pendingByConnection();
    Instant now = clock.instant();
    List<ConnectionHealth> all = new ArrayList<>();
    connections.forEach((name, connection) -> {
      Optional<Instant> pausedUntil = store.state().get(SyncEngine.PAUSED + name).map(Instant::parse)
          .filter(until -> until.isAfter(now));
      all.add(new ConnectionHealth(name,
          store.state().get(SyncEngine.LAST_POLL + name).map(Instant::parse),
          inbox.getOrDefault(name, 0L),
          outbox.getOrDefault(name, 0L),
          store.deadLetters().openErrorCounts(name),
          pausedUntil,
          pausedUntil.isPresent() ? store.state().get(SyncEngine.PAUSED_WHY + name) : Optional.empty(),
          connection.usage()));
    });
    return all;
  }
}
