package io.revbridge.sync;

import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.matching.AccountMatch;
import io.revbridge.enrichment.matching.AccountMatcher;
import io.revbridge.enrichment.matching.MatchBasis;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.spi.Capability;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts lead-to-account matching compares people with, per connection. Bounded and per process: the
 * connection's company object is read whole through its feed's listing ({@link io.revbridge.spi.ChangeFeed#list};
 * on HubSpot the plain list, which spares the search limit the poll needs), at most {@code limit} companies,
 * and read again at most once per {@code refresh}; a company joined to a person in the current batch (its CRM
 * association) is always fresh and wins. A CRM that cannot list companies leaves only the association: the
 * person is still enriched, and the next refresh tries again. A transient failure listing them (5xx, timeout,
 * rate limit after the adapter's retries) fails the batch instead, which stays pending and is planned again.
 *
 * <p>Why not the store: the companies are the CRM's data, read at most once per refresh interval, and an
 * instance that restarts re-reads them within one page loop; keeping a second copy in the store would add a
 * sync problem without saving calls. The engine's one pass owns it; {@link #listedSince} alone may also be called
 * from the thread that reads pages ahead (a list is built whole before it is published).
 */
final class AccountDirectory {
  private final MappingSet mappings;
  private final EnrichmentStage.Accounts settings;
  private final DomainList freeMail;
  private final Clock clock;
  private final Map<String, Loaded> byConnection = new ConcurrentHashMap<>();

  AccountDirectory(MappingSet mappings, EnrichmentStage.Accounts settings, DomainList freeMail, Clock clock) {
    this.mappings = mappings;
    this.settings = settings;
    this.freeMail = freeMail;
    this.clock = clock;
  }

  /** The account a person belongs to: its CRM association when that company was joined, else by the matcher. */
  Optional<AccountMatch> match(ConnectionContext ctx, Person person, Company joined) {
    if (joined != null) {
      return Optional.of(new AccountMatch(joined.ref(), joined.ownerId(), AccountMatcher.isCustomer(joined),
          MatchBasis.CRM_ASSOCIATION, 1.0));
    }
    return matcher(ctx).match(person);
  }

  /**
   * A company as this directory listed it, when that list was read at or after {@code since} (the current pass
   * began): then it is as fresh as a read of the company in this pass would be, and the engine need not read it
   * again. Empty when the list is older, or the company is not in it (beyond the limit, archived, not mappable).
   */
  Optional<Company> listedSince(ConnectionContext ctx, io.revbridge.model.RecordRef ref, Instant since) {
    Loaded loaded = byConnection.get(ctx.name());
    if (loaded == null || loaded.at().isBefore(since)) {
      return Optional.empty();
    }
    return Optional.ofNullable(loaded.byRef().get(ref));
  }

  private AccountMatcher matcher(ConnectionContext ctx) {
    Instant now = clock.instant();
    Loaded loaded = byConnection.get(ctx.name());
    if (loaded == null || !now.isBefore(loaded.at().plus(settings.refresh()))) {
      List<Company> companies = read(ctx);
      Map<io.revbridge.model.RecordRef, Company> byRef = new HashMap<>();
      companies.forEach(c -> byRef.put(c.ref(), c));
      loaded = new Loaded(new AccountMatcher(companies, freeMail, settings.nameThreshold()), byRef, now);
      byConnection.put(ctx.name(), loaded);
    }
    return loaded.matcher();
  }

  private List<Company> read(ConnectionContext ctx) {
    if (settings.limit() == 0 || !ctx.can(Capability.POLL)) {
      return List.of();
    }
    Optional<ObjectMapping> mapping = mappings.all().stream()
        .filter(m -> m.crm().equals(ctx.crm()) && m.canonical() == CanonicalKind.COMPANY).findFirst();
    if (mapping.isEmpty()) {
      return List.of();
    }
    Set<String> fields = new TreeSet<>(mapping.get().inboundFields());
    List<Company> companies = new ArrayList<>();
    String cursor = null;
    try {
      ChangePage page;
      do {
        page = ctx.connection().changeFeed().list(mapping.get().objectType(), cursor, fields);
        for (Change change : page.changes()) {
          if (companies.size() >= settings.limit()) {
            return companies;
          }
          change.record().filter(r -> !r.archived()).ifPresent(r -> add(mapping.get(), r, companies));
        }
        cursor = page.nextCursor();
        // a page held back to spare the API allowance still continues here: matching against part of the
        // list would route people for good to the wrong account or to none
      } while (page.continues() && companies.size() < settings.limit());
    } catch (io.revbridge.spi.RetryableCrmException e) {
      // A passing failure (after the adapter's own retries): matching these people against half a list would
      // route them for good (an unchanged record is not planned again), so the batch waits for the next try.
      throw e;
    } catch (RuntimeException e) {
      // A CRM that cannot list companies at all (permission, configuration): matching degrades to the CRM
      // association until the next refresh, and the records go on.
    }
    return companies;
  }

  private static void add(ObjectMapping mapping, io.revbridge.spi.CrmRecord record, List<Company> into) {
    try {
      into.add(mapping.toCompany(record));
    } catch (RecordMappingException e) {
      // A company that cannot be mapped cannot be matched; it is dead-lettered when a person joins it.
    }
  }

  /** Forgets every connection's accounts, e.g. after the admin changed many of them. */
  void clear() {
    byConnection.clear();
  }

  /** A matcher, its accounts by reference, and when they were read. */
  private record Loaded(AccountMatcher matcher, Map<io.revbridge.model.RecordRef, Company> byRef, Instant at) {}
}
