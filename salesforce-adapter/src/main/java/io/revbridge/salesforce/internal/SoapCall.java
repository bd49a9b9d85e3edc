package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;

/** One partner API call, run by {@link SalesforceSession#call} with a live connection. */
@FunctionalInterface
interface SoapCall<T> {
  T call(PartnerConnection connection) throws ConnectionException;
}
