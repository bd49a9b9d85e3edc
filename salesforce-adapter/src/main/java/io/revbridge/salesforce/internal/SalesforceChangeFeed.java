package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.sobject.SObject;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Incremental reading by {@code SystemModstamp}, ordered by (SystemModstamp, Id) and resumed after the
 * last pair read ({@link SalesforceCursor}). One queryAll serves updates and deletes alike: deleted rows
 * come back with {@code IsDeleted = true} and become {@link io.revbridge.spi.ChangeKind#DELETE} changes.
 * Each poll reads only up to the server's time minus {@link #SETTLE}, so rows committing during the
 * poll are not skipped. A page is at most {@code queryBatchSize} records. While API usage is above its
 * share ({@link SalesforceLimits}) a poll still reads its page but says there is no more, so a backlog is read
 * one page per object and pass instead of all at once.
 */
public final class SalesforceChangeFeed implements ChangeFeed {
  static final List<String> ALWAYS = List.of("Id", "SystemModstamp", "IsDeleted");
  static final Duration SETTLE = Duration.ofSeconds(5);

  private final String connection;
  private final SalesforceSession session;
  private final SalesforceQueries queries;
  private final SalesforceLimits limits;
  private final SalesforceCustomFields customFields;
  private final int pageSize;

  public SalesforceChangeFeed(String connection, SalesforceSession session, int pageSize) {
    this(connection, session, new SalesforceCustomFields(connection, session, java.time.Clock.systemUTC()), pageSize);
  }

  public SalesforceChangeFeed(String connection, SalesforceSession session, SalesforceCustomFields customFields,
      int pageSize) {
    this.connection = connection;
    this.session = session;
    this.queries = new SalesforceQueries(session);
    this.limits = session.limits();
    this.customFields = customFields;
    this.pageSize = pageSize;
  }

  @Override
  public ChangePage poll(String objectType, String cursor, Set<String> fields) {
    SalesforceCursor after = cursor == null ? null : SalesforceCursor.parse(connection, objectType, cursor);
    // rows whose transaction is still open at the server's "now" may commit with an earlier stamp: read up
    // to a little before it, and the next poll picks them up
    Instant bound = session.call("get server time", c -> c.getServerTimestamp()).getTimestamp().toInstant()
        .minus(SETTLE);
    String soql = "SELECT " + SalesforceSoql.select(ALWAYS, customFields.present(objectType, fields))
        + " FROM " + SalesforceSoql.object(objectType)
        + " WHERE " + (after == null ? "" : after.after() + " AND ")
        + "SystemModstamp <= " + SalesforceSoql.dateTime(bound)
        + " ORDER BY SystemModstamp ASC, Id ASC LIMIT " + pageSize;
    List<SObject> rows = queries.allIncludingDeleted("read changes of " + objectType, soql);
    List<Change> changes = new ArrayList<>(rows.size());
    String next = cursor;
    for (SObject row : rows) {
      CrmRecord record = SalesforceRecords.toRecord(connection, objectType, row);
      changes.add(Change.polled(record));
      next = new SalesforceCursor(record.modifiedAt(), record.ref().id()).toString();
    }
    // the response just read carries the newest usage figures
    boolean full = rows.size() >= pageSize;
    boolean holdBack = full && limits.nonEssentialWorkPaused();
    return new ChangePage(changes, next, full && !holdBack, holdBack);
  }
}
