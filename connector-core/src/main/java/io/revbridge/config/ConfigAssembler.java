package io.revbridge.config;

import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.Secret;
import java.nio.file.Path;
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
        new ServerConfig(server.required("port", Integer.class), server.required("webhookMaxBytes", Integer.class)),
        new SyncConfig(sync.required("pollIntervalSeconds", Integer.class), sync.required("batchSize", Integer.class)),
        top.sections("connections").stream().map(ConfigAssembler::connection).toList(),
        top.optional("mappings", Path.class),
        top.optional("playbook", Path.class),
        source);
  }

  private static ConnectionConfig connection(Section c) {
    return new ConnectionConfig(
        c.required("name", String.class),
        c.required("crm", String.class),
        c.optional("baseUrl", String.class),
        c.optional("accessToken", Secret.class),
        c.optional("clientSecret", Secret.class),
        c.strings("objects"),
        c.stringMap("options"),
        oauth(c.section("oauth")));
  }

  /** Present when a refresh token is given; the walker has then made sure the client id and secret are too. */
  private static Optional<OAuthCredentials> oauth(Section o) {
    return o.optional("refreshToken", Secret.class).map(refresh -> new OAuthCredentials(
        o.required("clientId", String.class), o.required("clientSecret", Secret.class), refresh));
  }
}
