package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaves mapped custom fields ({@code *__c}) the org does not have out of queries, so a mapping file written for
 * many orgs (the default Lead mapping's example intent fields) works in one that has only some of them. Each left-out
 * field is reported once, naming the field and its mapping file. Standard fields are always sent: a misspelt one
 * gets Salesforce's INVALID_FIELD, a configuration error ({@link SalesforceFaults}).
 *
 * <p>One describe per object, only when custom fields are asked for, and again after {@link #FRESH}, so a field
 * created later is picked up without a restart. Thread-safe.
 */
public final class SalesforceCustomFields {
  static final Duration FRESH = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(SalesforceCustomFields.class);

  private record Described(Set<String> names, Instant at) {}

  private final String connection;
  private final SalesforceSession session;
  private final Clock clock;
  private final Map<String, Described> described = new HashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  public SalesforceCustomFields(String connection, SalesforceSession session, Clock clock) {
    this.connection = connection;
    this.session = session;
    this.clock = clock;
  }

  /** {@code fields} in their order, without the custom fields {@code objectType} lacks. */
  public Set<String> present(String objectType, Set<String> fields) {
    if (fields.stream().noneMatch(SalesforceCustomFields::custom)) {
      return fields;
    }
    Set<String> names = names(objectType);
    Set<String> kept = new LinkedHashSet<>();
    for (String field : fields) {
      if (!custom(field) || names.contains(field.toLowerCase(Locale.ROOT))) {
        kept.add(field);
      } else if (reported.add(objectType + "." + field)) {
        LOG.warn("{}: {} has no field `{}` (or the integration user cannot see it), so it is left out of reads: "
            + "create it, grant field-level security, or remove `crm: {}` from the mapping file with `object: {}`",
            connection, objectType, field, field, objectType);
      }
    }
    return kept;
  }

  /** Mapped custom fields left out so far, as {@code Object.Field}. */
  public Set<String> leftOut() {
    return Set.copyOf(reported);
  }

  private synchronized Set<String> names(String objectType) {
    Described d = described.get(objectType);
    if (d == null || !d.at().plus(FRESH).isAfter(clock.instant())) {
      DescribeSObjectResult result = session.call("describe " + objectType, c -> c.describeSObject(objectType));
      Set<String> names = new java.util.HashSet<>();
      for (Field f : result.getFields()) {
        names.add(f.getName().toLowerCase(Locale.ROOT));
      }
      d = new Described(names, clock.instant());
      described.put(objectType, d);
    }
    return d.names();
  }

  private static boolean custom(String field) {
    return field.endsWith("__c") && !field.contains(".");
  }
}
