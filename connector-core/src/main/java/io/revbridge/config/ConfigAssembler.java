package io.revbridge.config;

import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.Secret;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the walked values of a valid file into {@link RevbridgeConfig}; only called when no problem was found. */
final class ConfigAssembler {
  private ConfigAssembler() {}

  static RevbridgeConfig assemble(Section top, Path source) {
    Section store = top.section("store");
    Section server = top.section("server");
    Section sync = top.section("sync");
    return new RevbridgeConfig(
        new StoreConfig(
            store.required("url", String.class),
            store.optional("user", String.class),
            store.optional("password", Secret.class)),
        new ServerConfig(server.required("port", Integer.class), server.required("webhookMaxBytes", Integer.class),
            top.section("admin").optional("token", Secret.class), top.section("admin").optional("viewerToken", Secret.class),
            server.required("webhookConcurrency", Integer.class), server.required("webhookWaitMillis", Integer.class)),
        new SyncConfig(sync.required("pollIntervalSeconds", Integer.class), sync.required("batchSize", Integer.class),
            sync.required("leaseSeconds", Integer.class), sync.required("drainConcurrency", Integer.class)),
        top.sections("connections").stream().map(c -> connection(c, source)).toList(),
        top.optional("mappings", Path.class),
        top.optional("playbook", Path.class),
        source,
        enrichment(top.section("enrichment")),
        notifications(top.section("notifications")),
        handoff(top.section("handoff")));
  }

  private static Optional<HandoffConfig> handoff(Section h) {
    Optional<String> from = h.optional("from", String.class);
    Optional<String> to = h.optional("to", String.class);
    return from.isPresent() && to.isPresent() ? Optional.of(new HandoffConfig(from.get(), to.get())) : Optional.empty();
  }

  private static EnrichmentConfig enrichment(Section e) {
    return new EnrichmentConfig(
        e.optional("firmographicsFile", Path.class),
        e.optional("titleRulesFile", Path.class),
        e.strings("targetIndustries"),
        e.strings("adjacentIndustries"),
        e.required("thresholdPercent", Integer.class),
        e.strings("overwrite"),
        e.required("duplicateThresholdPercent", Integer.class),
        e.required("accountNameThresholdPercent", Integer.class),
        e.required("accountLimit", Integer.class),
        e.required("accountRefreshMinutes", Integer.class),
        e.sections("providers").stream().map(ConfigAssembler::provider).toList(),
        fieldOrder(e.stringMap("fieldOrder")));
  }

  private static java.util.Map<String, List<String>> fieldOrder(java.util.Map<String, String> written) {
    java.util.Map<String, List<String>> order = new java.util.LinkedHashMap<>();
    written.forEach((field, names) -> order.put(field, Validators.providerNames(names)));
    return order;
  }

  private static HttpProviderConfig provider(Section p) {
    return new HttpProviderConfig(
        p.required("name", String.class),
        p.required("url", String.class),
        p.optional("authHeader", String.class),
        p.optional("authPrefix", String.class),
        p.optional("apiKey", Secret.class),
        p.stringMap("fields"),
        p.required("confidencePercent", Integer.class),
        p.required("timeoutMillis", Integer.class),
        p.required("maxAttempts", Integer.class),
        p.required("requestsPerSecond", Integer.class),
        p.required("cacheTtlHours", Integer.class));
  }

  private static NotificationsConfig notifications(Section n) {
    Section sms = n.get("sms").filter(Section.class::isInstance).map(Section.class::cast).orElseGet(Section::new);
    Optional<NotificationsConfig.SmsConfig> smsConfig = sms.optional("accountSid", String.class)
        .map(sid -> new NotificationsConfig.SmsConfig(sid, sms.required("authToken", Secret.class),
            sms.required("from", String.class), sms.required("baseUrl", String.class)));
    return new NotificationsConfig(n.optional("slackWebhookUrl", Secret.class), n.optional("webhookUrl", Secret.class),
        n.required("maxPerMinute", Integer.class), smsConfig);
  }

  private static ConnectionConfig connection(Section c, Path source) {
    Section auth = c.get("auth").filter(Section.class::isInstance).map(Section.class::cast).orElseGet(Section::new);
    return new ConnectionConfig(
        c.required("name", String.class),
        c.required("crm", String.class),
        c.optional("baseUrl", String.class),
        c.optional("accessToken", Secret.class),
        c.optional("clientSecret", Secret.class).or(() -> auth.optional("clientSecret", Secret.class)),
        c.strings("objects"),
        options(c, auth, source),
        oauth(c.section("oauth")));
  }

  /**
   * The adapter SPI carries CRM-specific settings as text options; the declared Salesforce keys go there
   * under their own names ({@code loginUrl}, {@code auth.flow}), over anything {@code options} says.
   */
  private static Map<String, String> options(Section c, Section auth, Path source) {
    Map<String, String> options = new LinkedHashMap<>(c.stringMap("options"));
    for (String key : List.of("recordUrl", "loginUrl", "apiVersion", "organizationId", "queryBatchSize", "apiUsageStopPercent")) {
      c.get(key).ifPresent(v -> options.put(key, v.toString()));
    }
    for (String key : List.of("flow", "clientId", "username")) {
      auth.string(key).ifPresent(v -> options.put("auth." + key, v));
    }
    auth.string("privateKeyFile").ifPresent(file -> {
      Path folder = source == null || source.toAbsolutePath().getParent() == null
          ? Path.of("") : source.toAbsolutePath().getParent();
      options.put("auth.privateKeyFile", folder.resolve(file).normalize().toString());
    });
    return options;
  }

  /** Present when a refresh token is given; the walker has then made sure the client id and secret are too. */
  private static Optional<OAuthCredentials> oauth(Section o) {
    return o.optional("refreshToken", Secret.class).map(refresh -> new OAuthCredentials(
        o.required("clientId", String.class), o.required("clientSecret", Secret.class), refresh));
  }
}
