package io.revbridge.salesforce;

import io.revbridge.spi.Capability;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.OwnerDirectory;
import io.revbridge.spi.RecordReader;
import io.revbridge.spi.RecordWriter;
import io.revbridge.spi.SchemaAdmin;
import io.revbridge.spi.WebhookReceiver;
import java.util.List;
import java.util.Set;

/**
 * A Salesforce connection that declares no capabilities yet, so the engine skips it with a clear
 * message instead of failing halfway through a sync.
 */
final class SalesforceConnection implements CrmConnection {
  static final String NOT_YET =
      "Salesforce support is not available in this version of Revbridge yet: the connection is"
          + " accepted in revbridge.yaml, but nothing is read from or written to Salesforce.";

  private final String name;

  SalesforceConnection(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of();
  }

  @Override
  public ChangeFeed changeFeed() {
    throw unsupported();
  }

  @Override
  public RecordReader reader() {
    throw unsupported();
  }

  @Override
  public RecordWriter writer() {
    throw unsupported();
  }

  @Override
  public OwnerDirectory owners() {
    throw unsupported();
  }

  @Override
  public WebhookReceiver webhooks() {
    throw unsupported();
  }

  @Override
  public SchemaAdmin schema() {
    throw unsupported();
  }

  @Override
  public CheckReport check() {
    return new CheckReport(name, List.of(new CheckItem("salesforce support", false, NOT_YET)));
  }

  @Override
  public void close() {}

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException(NOT_YET);
  }
}
