package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.spi.CrmConnection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The connections of one configuration, opened together and closed together (try-with-resources). */
final class OpenConnections implements AutoCloseable {
  private final Map<String, CrmConnection> byName;

  private OpenConnections(Map<String, CrmConnection> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Opens every configured connection; if one cannot be opened, those already open are closed. */
  static OpenConnections open(RevbridgeConfig config) {
    Adapters adapters = new Adapters();
    Map<String, CrmConnection> open = new LinkedHashMap<>();
    try {
      for (ConnectionConfig c : config.connections()) {
        open.put(c.name(), adapters.forCrm(c.crm()).open(c.toSettings()));
      }
    } catch (RuntimeException e) {
      open.values().forEach(CrmConnection::close);
      throw e;
    }
    return new OpenConnections(open);
  }

  CrmConnection get(String name) {
    return byName.get(name);
  }

  Map<String, CrmConnection> asMap() {
    return byName;
  }

  @Override
  public void close() {
    byName.values().forEach(CrmConnection::close);
  }
}
