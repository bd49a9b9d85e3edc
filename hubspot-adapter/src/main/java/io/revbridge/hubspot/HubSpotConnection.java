package io.revbridge.hubspot;

import io.revbridge.hubspot.internal.HubSpotActivityFeed;
import io.revbridge.hubspot.internal.HubSpotArchivedList;
import io.revbridge.hubspot.internal.HubSpotAssociations;
import io.revbridge.hubspot.internal.HubSpotChangeFeed;
import io.revbridge.hubspot.internal.HubSpotCheck;
import io.revbridge.hubspot.internal.HubSpotClient;
import io.revbridge.hubspot.internal.HubSpotOAuthEndpoint;
import io.revbridge.hubspot.internal.HubSpotOAuthTokens;
import io.revbridge.hubspot.internal.HubSpotObjectList;
import io.revbridge.hubspot.internal.HubSpotOptions;
import io.revbridge.hubspot.internal.HubSpotRefreshTokenFile;
import io.revbridge.hubspot.internal.HubSpotStaticToken;
import io.revbridge.hubspot.internal.HubSpotTokens;
import io.revbridge.hubspot.internal.HubSpotOwnerDirectory;
import io.revbridge.hubspot.internal.HubSpotRecordReader;
import io.revbridge.hubspot.internal.HubSpotRecordWriter;
import io.revbridge.hubspot.internal.HubSpotSchemaAdmin;
import io.revbridge.hubspot.internal.HubSpotSearch;
import io.revbridge.hubspot.internal.HubSpotStageHistory;
import io.revbridge.hubspot.internal.HubSpotTiming;
import io.revbridge.hubspot.internal.HubSpotWebhookParser;
import io.revbridge.hubspot.internal.HubSpotWebhookReceiver;
import io.revbridge.hubspot.internal.HubSpotWebhookVerifier;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ApiUsage;
import io.revbridge.spi.Capability;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.OAuthCredentials;
import io.revbridge.spi.OwnerDirectory;
import io.revbridge.spi.RecordReader;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.SchemaAdmin;
import io.revbridge.spi.StageHistory;
import io.revbridge.spi.WebhookReceiver;
import java.util.EnumSet;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * One HubSpot account through a private-app token or an OAuth app's refresh token. Thread-safe: all parts share one HTTP client, one
 * throttle and one retry policy. Calls throw typed {@link io.revbridge.spi.CrmException}s; batch writes
 * report per item. {@link #close()} may be called from any thread.
 */
public final class HubSpotConnection implements CrmConnection {
  private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

  private final ConnectionSettings settings;
  private final HubSpotTokens tokens;
  private final HubSpotClient client;
  private final HubSpotChangeFeed changeFeed;
  private final HubSpotRecordReader reader;
  private final HubSpotRecordWriter writer;
  private final HubSpotOwnerDirectory owners;
  private final HubSpotWebhookReceiver webhooks;
  private final HubSpotSchemaAdmin schema;
  private final HubSpotActivityFeed activities;
  private final HubSpotStageHistory stageHistory;

  HubSpotConnection(
      ConnectionSettings settings, HttpUrl baseUrl, HubSpotOptions options, HubSpotTiming timing) {
    String name = settings.name();
    this.settings = settings;
    this.tokens = settings.oauth()
        .<HubSpotTokens>map(app -> new HubSpotOAuthTokens(name, app,
            new HubSpotOAuthEndpoint(name, baseUrl, options.timeout()),
            new HubSpotRefreshTokenFile(options.oauthTokenFile(name)), timing.clock()))
        .orElseGet(() -> new HubSpotStaticToken(name, settings.accessToken()));
    this.client = new HubSpotClient(name, baseUrl, tokens, options, timing);
    HubSpotAssociations associations = new HubSpotAssociations(client);
    this.changeFeed = new HubSpotChangeFeed(name, HubSpotSearch.over(client), new HubSpotArchivedList(name, client),
        associations, new HubSpotObjectList(name, client));
    this.activities = new HubSpotActivityFeed(name, changeFeed, associations);
    this.reader = new HubSpotRecordReader(name, client);
    this.writer = new HubSpotRecordWriter(name, client);
    this.owners = new HubSpotOwnerDirectory(name, client);
    this.webhooks = new HubSpotWebhookReceiver(
        new HubSpotWebhookVerifier(name,
            settings.clientSecret().or(() -> settings.oauth().map(OAuthCredentials::clientSecret)), timing.clock()),
        new HubSpotWebhookParser(name));
    this.schema = new HubSpotSchemaAdmin(client);
    this.stageHistory = new HubSpotStageHistory(client);
  }

  @Override
  public String name() {
    return settings.name();
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ChangeFeed changeFeed() {
    return changeFeed;
  }

  @Override
  public RecordReader reader() {
    return reader;
  }

  @Override
  public RecordWriter writer() {
    return writer;
  }

  @Override
  public OwnerDirectory owners() {
    return owners;
  }

  @Override
  public WebhookReceiver webhooks() {
    return webhooks;
  }

  @Override
  public SchemaAdmin schema() {
    return schema;
  }

  @Override
  public ActivityFeed activities() {
    return activities;
  }

  @Override
  public StageHistory stageHistory() {
    return stageHistory;
  }

  @Override
  public CheckReport check() {
    return new HubSpotCheck(name(), client, settings.accessToken().isPresent() || settings.oauth().isPresent(),
        settings.objects()).run();
  }

  @Override
  public ApiUsage usage() {
    return client.usage();
  }

  @Override
  public void listen(io.revbridge.spi.ApiListener listener) {
    client.listen(listener);
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "HubSpotConnection[" + name() + " @ " + client.baseUrl().host() + "]";
  }
}
