package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.sync.EngineConnection;
import io.revbridge.sync.EngineSettings;
import io.revbridge.sync.InstanceLease;
import io.revbridge.sync.SyncEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One assembled Revbridge: store, mappings, open connections and the engine, built from a validated
 * config. Closing it closes the connections and the store.
 */
final class Revbridge implements AutoCloseable {
  private final RevbridgeConfig config;
  private final Store store;
  private final MappingSet mappings;
  private final Map<String, CrmConnection> connections;
  private final SyncEngine engine;

  private Revbridge(RevbridgeConfig config, Store store, MappingSet mappings,
      Map<String, CrmConnection> connections, SyncEngine engine) {
    this.config = config;
    this.store = store;
    this.mappings = mappings;
    this.connections = connections;
    this.engine = engine;
  }

  static MappingSet loadMappings(RevbridgeConfig config) {
    return MappingLoader.load(config.mappings().map(MappingSource::folder)
        .orElseGet(() -> MappingSource.classpath(MappingSource.DEFAULTS_PREFIX)));
  }

  /** Loads mappings first (a bad mapping file must fail before any connection or store is touched). */
  static Revbridge assemble(RevbridgeConfig config, Consumer<String> progress) {
    return assemble(config, progress, null);
  }

  /**
   * The lease identity when none is given. An H2 file database belongs to one process at a time, so every
   * process on it is the same instance "local": a restart after a crash takes back its own claims at once
   * (checking in-doubt writes in the CRM) instead of waiting for their leases to run out. On PostgreSQL
   * each process is its own instance.
   */
  private static InstanceLease defaultLease(Store store, RevbridgeConfig config) {
    return "h2".equals(store.dialectName())
        ? new InstanceLease("local", config.sync().lease())
        : InstanceLease.forThisProcess(config.sync().lease());
  }

  /**
   * As {@link #assemble(RevbridgeConfig, Consumer)}, with this instance's identity and lease duration
   * ({@code null}: the default for the store).
   */
  static Revbridge assemble(RevbridgeConfig config, Consumer<String> progress, InstanceLease lease) {
    MappingSet mappings = loadMappings(config);
    OpenConnections open = OpenConnections.open(config);
    Map<String, CrmConnection> connections = open.asMap();
    Store store;
    try {
      store = Store.open(new StoreSettings(config.store().url(), config.store().user(), config.store().password()));
    } catch (RuntimeException e) {
      open.close();
      throw e;
    }
    List<EngineConnection> engineConnections = new ArrayList<>();
    for (ConnectionConfig c : config.connections()) {
      engineConnections.add(new EngineConnection(c.crm(), c.objects(), connections.get(c.name())));
    }
    EngineSettings settings = EngineSettings.defaults().withBatchSize(config.sync().batchSize());
    SyncEngine engine = new SyncEngine(store, mappings, LeadScorer.withDefaults(), engineConnections, settings,
        Clock.systemUTC(), progress, lease != null ? lease : defaultLease(store, config));
    return new Revbridge(config, store, mappings, connections, engine);
  }

  RevbridgeConfig config() {
    return config;
  }

  Store store() {
    return store;
  }

  MappingSet mappings() {
    return mappings;
  }

  Map<String, CrmConnection> connections() {
    return connections;
  }

  SyncEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    connections.values().forEach(CrmConnection::close);
    store.close();
  }
}
