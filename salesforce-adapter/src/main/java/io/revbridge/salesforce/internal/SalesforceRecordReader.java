package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.sobject.SObject;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.RecordReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads records by id with {@code SELECT ... WHERE Id IN (...)}, 200 ids per query. Ids that are not
 * Salesforce ids, or that do not exist, are left out.
 */
public final class SalesforceRecordReader implements RecordReader {
  static final int CHUNK = 200;
  private static final List<String> ALWAYS = List.of("Id", "SystemModstamp");

  private final String connection;
  private final SalesforceQueries queries;
  private final SalesforceCustomFields customFields;

  public SalesforceRecordReader(String connection, SalesforceSession session) {
    this(connection, session, new SalesforceCustomFields(connection, session, java.time.Clock.systemUTC()));
  }

  public SalesforceRecordReader(String connection, SalesforceSession session, SalesforceCustomFields customFields) {
    this.connection = connection;
    this.queries = new SalesforceQueries(session);
    this.customFields = customFields;
  }

  @Override
  public List<CrmRecord> read(String objectType, List<String> ids, Set<String> fields) {
    List<String> valid = ids.stream().filter(SalesforceSoql::isId).distinct().toList();
    List<CrmRecord> records = new ArrayList<>();
    Set<String> present = valid.isEmpty() ? fields : customFields.present(objectType, fields);
    for (int from = 0; from < valid.size(); from += CHUNK) {
      List<String> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
      String soql = "SELECT " + SalesforceSoql.select(ALWAYS, present) + " FROM " + SalesforceSoql.object(objectType)
          + " WHERE Id IN " + SalesforceSoql.idList(chunk);
      for (SObject row : queries.all("read " + chunk.size() + " " + objectType, soql)) {
        records.add(SalesforceRecords.toRecord(connection, objectType, row));
      }
    }
    return records;
  }

  /** {@code WHERE field IN (...)}, 200 values per query; Salesforce compares text ignoring case. */
  @Override
  public List<CrmRecord> find(String objectType, String field, List<String> values, Set<String> fields) {
    List<String> distinct = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
        .toList();
    List<CrmRecord> records = new ArrayList<>();
    if (distinct.isEmpty()) {
      return records;
    }
    Set<String> present = customFields.present(objectType, fields);
    String where = SalesforceSoql.select(List.of(), List.of(field));
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
      String soql = "SELECT " + SalesforceSoql.select(ALWAYS, present) + " FROM " + SalesforceSoql.object(objectType)
          + " WHERE " + where + " IN " + SalesforceSoql.textList(chunk);
      for (SObject row : queries.all("find " + objectType + " by " + field, soql)) {
        records.add(SalesforceRecords.toRecord(connection, objectType, row));
      }
    }
    return records;
  }
}
