package io.revbridge.salesforce;

import io.revbridge.salesforce.internal.SalesforceActivityFeed;
import io.revbridge.salesforce.internal.SalesforceChangeFeed;
import io.revbridge.salesforce.internal.SalesforceCheck;
import io.revbridge.salesforce.internal.SalesforceCustomFields;
import io.revbridge.salesforce.internal.SalesforceLimits;
import io.revbridge.salesforce.internal.SalesforceOptions;
import io.revbridge.salesforce.internal.SalesforceOutboundMessages;
import io.revbridge.salesforce.internal.SalesforceOwnerDirectory;
import io.revbridge.salesforce.internal.SalesforceRecordReader;
import io.revbridge.salesforce.internal.SalesforceRecordWriter;
import io.revbridge.salesforce.internal.SalesforceSchemaAdmin;
import io.revbridge.salesforce.internal.SalesforceSession;
import io.revbridge.salesforce.internal.SalesforceStageHistory;
import io.revbridge.salesforce.internal.SalesforceTokenClient;
import io.revbridge.spi.ApiUsage;
import io.revbridge.spi.Capability;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.OwnerDirectory;
import io.revbridge.spi.RecordReader;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.SchemaAdmin;
import io.revbridge.spi.StageHistory;
import io.revbridge.spi.WebhookReceiver;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One Salesforce org through the partner SOAP API. Opening is offline; the first call asks for a token.
 * Thread-safe: calls share one session, which serialises them.
 */
public final class SalesforceConnection implements CrmConnection {
  private static final Set<Capability> CAPABILITIES = EnumSet.allOf(Capability.class);

  private final SalesforceOptions options;
  private final List<String> objects;
  private final SalesforceSession session;
  private final SalesforceChangeFeed changeFeed;
  private final SalesforceActivityFeed activities;
  private final SalesforceRecordReader reader;
  private final SalesforceRecordWriter writer;
  private final SalesforceOwnerDirectory owners;
  private final SalesforceSchemaAdmin schema;
  private final SalesforceOutboundMessages webhooks;
  private final SalesforceStageHistory stageHistory;

  SalesforceConnection(ConnectionSettings settings, Clock clock) {
    this.options = SalesforceOptions.from(settings);
    this.objects = settings.objects();
    String name = settings.name();
    this.session = new SalesforceSession(options, new SalesforceTokenClient(options, clock),
        new SalesforceLimits(options.apiUsageStopPercent(), clock));
    SalesforceCustomFields customFields = new SalesforceCustomFields(name, session, clock);
    this.changeFeed = new SalesforceChangeFeed(name, session, customFields, options.queryBatchSize());
    this.activities = new SalesforceActivityFeed(name, changeFeed, clock);
    this.reader = new SalesforceRecordReader(name, session, customFields);
    this.writer = new SalesforceRecordWriter(name, session);
    this.owners = new SalesforceOwnerDirectory(name, session);
    this.schema = new SalesforceSchemaAdmin(session);
    this.stageHistory = new SalesforceStageHistory(session);
    this.webhooks = new SalesforceOutboundMessages(name, options.organizationId(), Set.copyOf(objects));
  }

  @Override
  public String name() {
    return options.connection();
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
  public ActivityFeed activities() {
    return activities;
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
  public StageHistory stageHistory() {
    return stageHistory;
  }

  @Override
  public CheckReport check() {
    return new SalesforceCheck(options, session, objects).run();
  }

  /** From the LimitInfoHeader of the last response; see {@link SalesforceLimits} for what is held back. */
  @Override
  public ApiUsage usage() {
    return session.limits().apiUsage();
  }

  @Override
  public void listen(io.revbridge.spi.ApiListener listener) {
    session.listen(listener);
  }

  @Override
  public void close() {
    // the JDK HTTP client and wsc's connections need no closing
  }

  @Override
  public String toString() {
    return "SalesforceConnection[" + name() + " @ " + options.loginUrl() + "]";
  }
}
