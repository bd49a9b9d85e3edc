package io.revbridge.salesforce;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import io.revbridge.spi.CrmConnection;

/** Serves {@code crm: salesforce} connections. */
public final class SalesforceAdapter implements CrmAdapter {
  @Override
  public String crm() {
    return "salesforce";
  }

  @Override
  public CrmConnection open(ConnectionSettings settings) {
    return new SalesforceConnection(settings.name());
  }
}
