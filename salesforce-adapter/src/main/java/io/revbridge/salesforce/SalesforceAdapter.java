package io.revbridge.salesforce;

import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmAdapter;
import io.revbridge.spi.CrmConnection;
import java.time.Clock;

/** Serves {@code crm: salesforce} connections through the partner SOAP API (force-wsc) with OAuth tokens. */
public final class SalesforceAdapter implements CrmAdapter {
  @Override
  public String crm() {
    return "salesforce";
  }

  @Override
  public CrmConnection open(ConnectionSettings settings) {
    return new SalesforceConnection(settings, Clock.systemUTC());
  }
}
