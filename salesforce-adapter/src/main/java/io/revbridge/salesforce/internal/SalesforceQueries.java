package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a SOQL query (or queryAll) and follows queryMore until Salesforce says it is done. */
final class SalesforceQueries {
  private final SalesforceSession session;

  SalesforceQueries(SalesforceSession session) {
    this.session = session;
  }

  List<SObject> all(String what, String soql) {
    return collect(what, session.call(what, c -> c.query(soql)));
  }

  /** Includes deleted (Recycle Bin) and merged rows, with {@code IsDeleted = true}. */
  List<SObject> allIncludingDeleted(String what, String soql) {
    return collect(what, session.call(what, c -> c.queryAll(soql)));
  }

  private List<SObject> collect(String what, QueryResult first) {
    List<SObject> records = new ArrayList<>();
    QueryResult page = first;
    while (true) {
      if (page.getRecords() != null) {
        records.addAll(Arrays.asList(page.getRecords()));
      }
      if (page.isDone() || page.getQueryLocator() == null) {
        return records;
      }
      String locator = page.getQueryLocator();
      page = session.call(what + " (next batch)", c -> c.queryMore(locator));
    }
  }
}
