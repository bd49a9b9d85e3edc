package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.GetUserInfoResult;
import io.revbridge.spi.CheckItem;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.CrmException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check} for one connection, step by step: settings, token, API access as the integration user
 * (and the org it belongs to), each object, API usage. A step that fails stops the steps that need it,
 * and says what to change.
 */
public final class SalesforceCheck {
  private final SalesforceOptions options;
  private final SalesforceSession session;
  private final List<String> objects;

  public SalesforceCheck(SalesforceOptions options, SalesforceSession session, List<String> objects) {
    this.options = options;
    this.session = session;
    this.objects = objects;
  }

  public CheckReport run() {
    List<CheckItem> items = new ArrayList<>();
    List<String> problems = options.authProblems();
    if (!problems.isEmpty()) {
      items.add(new CheckItem("auth settings", false, String.join("; ", problems)));
      return new CheckReport(options.connection(), items);
    }
    items.add(new CheckItem("auth settings", true, options.flow() + " flow, client id set"));
    try {
      String instance = session.instanceUrl();
      items.add(new CheckItem("OAuth token", true, "got a token from " + options.tokenUrl() + " for " + instance));
    } catch (CrmException e) {
      items.add(new CheckItem("OAuth token", false, e.getMessage()));
      return new CheckReport(options.connection(), items);
    }
    try {
      GetUserInfoResult me = session.call("get user info", c -> c.getUserInfo());
      items.add(userItem(me));
    } catch (CrmException e) {
      items.add(new CheckItem("API access", false, e.getMessage()));
      return new CheckReport(options.connection(), items);
    }
    for (String object : objects) {
      items.add(objectItem(object));
    }
    items.add(new CheckItem("API usage", !session.limits().nonEssentialWorkPaused(), session.limits().describe()));
    return new CheckReport(options.connection(), items);
  }

  private CheckItem userItem(GetUserInfoResult me) {
    String who = "signed in as " + me.getUserName() + " in org " + me.getOrganizationId()
        + " (API " + options.apiVersion() + ")";
    if (options.organizationId().isPresent() && !sameOrg(options.organizationId().get(), me.getOrganizationId())) {
      return new CheckItem("API access", false, who + ", but organizationId says " + options.organizationId().get()
          + ": fix organizationId or loginUrl so both name the same org");
    }
    return new CheckItem("API access", true, who);
  }

  private CheckItem objectItem(String object) {
    try {
      DescribeSObjectResult d = session.call("describe " + object, c -> c.describeSObject(object));
      if (!d.isQueryable()) {
        return new CheckItem("read " + object, false, "the integration user cannot query " + object
            + ": give its profile or permission set Read on " + object);
      }
      return new CheckItem("read " + object, true, d.getFields().length + " fields visible"
          + (d.isUpdateable() ? "" : ", but records cannot be edited: grant Edit on " + object));
    } catch (CrmException e) {
      return new CheckItem("read " + object, false, e.getMessage());
    }
  }

  /** Org ids come as 15 or 18 characters; the first 15 identify the org. */
  static boolean sameOrg(String a, String b) {
    return a != null && b != null && a.length() >= 15 && b.length() >= 15 && a.substring(0, 15).equals(b.substring(0, 15));
  }
}
