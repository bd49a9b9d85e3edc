package io.revbridge.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, valid {@code revbridge.yaml}. Immutable and safe to share between threads; safe to log
 * (secrets print as {@code ****}).
 *
 * @param mappings an existing folder, absolute; empty means the mappings built into Revbridge
 * @param playbook an existing folder, absolute; empty means the playbook built into Revbridge
 * @param source the file this was loaded from (for {@code fromYaml}: the name it was given, in its folder)
 */
public record RevbridgeConfig(
    StoreConfig store,
    ServerConfig server,
    SyncConfig sync,
    List<ConnectionConfig> connections,
    Optional<Path> mappings,
    Optional<Path> playbook,
    Path source,
    EnrichmentConfig enrichment,
    NotificationsConfig notifications,
    Optional<HandoffConfig> handoff) {

  public RevbridgeConfig {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(sync, "sync");
    connections = List.copyOf(connections);
    Objects.requireNonNull(mappings, "mappings");
    Objects.requireNonNull(playbook, "playbook");
    Objects.requireNonNull(source, "source");
    enrichment = enrichment == null ? EnrichmentConfig.defaults() : enrichment;
    notifications = notifications == null ? NotificationsConfig.NONE : notifications;
    handoff = handoff == null ? Optional.empty() : handoff;
  }

  /** The shape before the {@code handoff} section: no hand-off. */
  public RevbridgeConfig(StoreConfig store, ServerConfig server, SyncConfig sync, List<ConnectionConfig> connections,
      Optional<Path> mappings, Optional<Path> playbook, Path source, EnrichmentConfig enrichment,
      NotificationsConfig notifications) {
    this(store, server, sync, connections, mappings, playbook, source, enrichment, notifications, Optional.empty());
  }

  /** The shape before the {@code notifications} section: none configured. */
  public RevbridgeConfig(StoreConfig store, ServerConfig server, SyncConfig sync, List<ConnectionConfig> connections,
      Optional<Path> mappings, Optional<Path> playbook, Path source, EnrichmentConfig enrichment) {
    this(store, server, sync, connections, mappings, playbook, source, enrichment, NotificationsConfig.NONE);
  }

  /** The shape before the {@code enrichment} section: its defaults. */
  public RevbridgeConfig(StoreConfig store, ServerConfig server, SyncConfig sync, List<ConnectionConfig> connections,
      Optional<Path> mappings, Optional<Path> playbook, Path source) {
    this(store, server, sync, connections, mappings, playbook, source, EnrichmentConfig.defaults());
  }

  /** The connection with this {@code name} (names are unique), e.g. for {@code /webhooks/hubspot/{name}}. */
  public Optional<ConnectionConfig> connection(String name) {
    return connections.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
