package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.sobject.SObject;
import io.revbridge.model.Owner;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.OwnerDirectory;
import java.util.List;

/**
 * Active standard users, by id: the people routing may give records to. Inactive users are left out
 * because Salesforce refuses them as owners ({@code INACTIVE_OWNER_OR_USER}). While API usage is above its
 * share, a roster already read is reused instead of read again (a refresh is non-essential work).
 */
public final class SalesforceOwnerDirectory implements OwnerDirectory {
  static final String SOQL = "SELECT Id, SystemModstamp, Email, FirstName, LastName, IsActive FROM User"
      + " WHERE IsActive = true AND UserType = 'Standard' ORDER BY Id ASC";

  private final String connection;
  private final SalesforceQueries queries;
  private final SalesforceLimits limits;
  private volatile List<Owner> lastRead;

  public SalesforceOwnerDirectory(String connection, SalesforceSession session) {
    this.connection = connection;
    this.queries = new SalesforceQueries(session);
    this.limits = session.limits();
  }

  @Override
  public List<Owner> owners() {
    List<Owner> known = lastRead;
    if (known != null && limits.nonEssentialWorkPaused()) {
      return known;
    }
    List<Owner> read = queries.all("list active users", SOQL).stream().map(this::owner).toList();
    lastRead = read;
    return read;
  }

  private Owner owner(SObject row) {
    CrmRecord user = SalesforceRecords.toRecord(connection, "User", row);
    return new Owner(new RecordRef(connection, "User", user.ref().id()), user.modifiedAt(), user.field("Email"),
        user.field("FirstName"), user.field("LastName"), !"false".equalsIgnoreCase(user.field("IsActive")));
  }
}
