package io.revbridge.app;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.NotificationsConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.notify.JsonPost;
import io.revbridge.notify.NotificationChannel;
import io.revbridge.notify.NotificationSender;
import io.revbridge.notify.SlackChannel;
import io.revbridge.notify.SmsChannel;
import io.revbridge.notify.WebhookChannel;
import io.revbridge.playbook.Playbook;
import io.revbridge.playbook.PlaybookLoader;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.sync.EngineConnection;
import io.revbridge.sync.EngineSettings;
import io.revbridge.sync.InstanceLease;
import io.revbridge.sync.SequenceRunner;
import io.revbridge.sync.SlaWatch;
import io.revbridge.sync.EnrichmentStage;
import io.revbridge.sync.SyncEngine;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final PrometheusMeterRegistry metrics;
  private final Optional<NotificationSender> notifications;
  private final SlaWatch slas;
  private final SequenceRunner sequences;
  private Optional<io.revbridge.handoff.HandoffRunner> handoff = Optional.empty();

  private Revbridge(RevbridgeConfig config, Store store, MappingSet mappings,
      Map<String, CrmConnection> connections, SyncEngine engine, PrometheusMeterRegistry metrics,
      Optional<NotificationSender> notifications, SlaWatch slas) {
    this.notifications = notifications;
    this.slas = slas;
    this.sequences = new SequenceRunner(store, Clock.systemUTC());
    this.config = config;
    this.store = store;
    this.mappings = mappings;
    this.connections = connections;
    this.engine = engine;
    this.metrics = metrics;
  }

  static MappingSet loadMappings(RevbridgeConfig config) {
    return MappingLoader.load(config.mappings().map(MappingSource::folder)
        .orElseGet(() -> MappingSource.classpath(MappingSource.DEFAULTS_PREFIX)));
  }

  static RoutingPlaybook loadRoutingPlaybook(RevbridgeConfig config) {
    return RoutingPlaybookLoader.load(config.playbook().map(PlaybookFiles::folder).orElseGet(PlaybookFiles::builtIn));
  }

  /** Loads mappings and playbook first (a bad file must fail before any connection or store is touched). */
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
    Playbook scoring = PlaybookLoader.load(config.playbook());
    RoutingPlaybook playbook = loadRoutingPlaybook(config);
    Optional<io.revbridge.handoff.HandoffPlaybook> handoff = HandoffWiring.playbook(config);
    OpenConnections open = OpenConnections.open(config);
    Map<String, CrmConnection> connections = open.asMap();
    Store store;
    try {
      store = openStore(config);
    } catch (RuntimeException e) {
      open.close();
      throw e;
    }
    List<EngineConnection> engineConnections = new ArrayList<>();
    for (ConnectionConfig c : config.connections()) {
      engineConnections.add(new EngineConnection(c.crm(), c.objects(), connections.get(c.name())));
    }
    EngineSettings settings = EngineSettings.defaults().withBatchSize(config.sync().batchSize())
        .withDrainConcurrency(config.sync().drainConcurrency());
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    ApiMetrics apiMetrics = new ApiMetrics(metrics);
    connections.values().forEach(c -> c.listen(apiMetrics));
    EnrichmentStage enrichment;
    Optional<NotificationSender> notifier;
    try {
      enrichment = EnrichmentWiring.stage(config.enrichment(), store.enrichmentCache(), metrics, Clock.systemUTC(),
          progress);
      notifier = notifier(config, store);
    } catch (RuntimeException e) {
      open.close();
      store.close();
      throw e;
    }
    SyncEngine engine = new SyncEngine(store, mappings, new LeadScorer(scoring.lead()),
        new DealForecaster(scoring.forecast()), playbook, engineConnections, settings, enrichment, Clock.systemUTC(),
        progress, lease != null ? lease : defaultLease(store, config), scoring.predictive());
    Revbridge rb = new Revbridge(config, store, mappings, connections, engine, metrics, notifier,
        new SlaWatch(store, playbook, Clock.systemUTC()));
    rb.handoff = handoff.map(h -> HandoffWiring.runner(config, h, playbook, mappings, connections, store, engine,
        progress));
    return rb;
  }

  /** The marketing → sales hand-off, when {@code handoff.from} and {@code handoff.to} are set. */
  Optional<io.revbridge.handoff.HandoffRunner> handoff() {
    return handoff;
  }

  /** The sender for the configured channels; empty when no notification URL is configured. */
  private static Optional<NotificationSender> notifier(RevbridgeConfig config, Store store) {
    NotificationsConfig n = config.notifications();
    if (!n.any()) {
      return Optional.empty();
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
    List<NotificationChannel> channels = new ArrayList<>();
    n.slackWebhookUrl().ifPresent(url -> channels.add(
        new SlackChannel(http, JsonPost.url(url.reveal(), "notifications.slackWebhookUrl"))));
    n.webhookUrl().ifPresent(url -> channels.add(
        new WebhookChannel(http, JsonPost.url(url.reveal(), "notifications.webhookUrl"))));
    n.sms().ifPresent(sms -> channels.add(
        new SmsChannel(http, sms.baseUrl(), sms.accountSid(), sms.authToken(), sms.from())));
    return Optional.of(new NotificationSender(store.notifications(), channels, Clock.systemUTC(),
        new NotificationSender.Settings(n.maxPerMinute(), NotificationSender.Settings.DEFAULTS.maxAttempts(),
            NotificationSender.Settings.DEFAULTS.retryBase(), NotificationSender.Settings.DEFAULTS.maxAge())));
  }

  /** Runs the SLA clocks of routed leads. */
  SlaWatch slas() {
    return slas;
  }

  /** Queues the tasks of due follow-up sequence steps. */
  SequenceRunner sequences() {
    return sequences;
  }

  /** Sends notifications, when a channel is configured. */
  Optional<NotificationSender> notifications() {
    return notifications;
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

  /** Shared by the engine's counters and the server's {@code /metrics}. */
  PrometheusMeterRegistry metrics() {
    return metrics;
  }

  @Override
  public void close() {
    connections.values().forEach(CrmConnection::close);
    store.close();
  }

  /** Opens (and migrates) the store the configuration names: the engine and the store-only commands share it. */
  static Store openStore(RevbridgeConfig config) {
    return Store.open(storeSettings(config));
  }

  /** Where the store is and how to sign in, as the configuration says. */
  static StoreSettings storeSettings(RevbridgeConfig config) {
    return new StoreSettings(config.store().url(), config.store().user(), config.store().password());
  }
}
