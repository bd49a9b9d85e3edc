package io.revbridge.enrichment.matching;

import io.revbridge.enrichment.Confidence;
import io.revbridge.enrichment.email.DomainList;
import io.revbridge.enrichment.email.Domains;
import io.revbridge.enrichment.email.EmailAddress;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches persons to accounts of the same connection: the CRM's own association first, then the work email's domain
 * (and its parents: {@code uk.acme.com} finds {@code acme.com}), then the person's website, then the company name
 * exactly and finally alike by Jaro-Winkler. A free-mail domain never matches: thousands of accounts are not gmail.com.
 * When several accounts share a key, a customer wins, then the earlier in the list. Build once per list of companies;
 * immutable and thread-safe afterwards.
 */
public final class AccountMatcher {
  public static final double DEFAULT_NAME_THRESHOLD = 0.9;
  static final double EMAIL_CONFIDENCE = 0.95;
  static final double WEBSITE_CONFIDENCE = 0.9;
  static final double NAME_CONFIDENCE = 0.85;

  private final Map<String, Company> byRef = new HashMap<>();
  private final Map<String, Company> byDomain = new HashMap<>();
  private final Map<String, Company> byName = new HashMap<>();
  private final Map<String, List<Named>> byNameStart = new HashMap<>();
  private final DomainList freeMail;
  private final double nameThreshold;

  public AccountMatcher(List<Company> companies, DomainList freeMail, double nameThreshold) {
    this.freeMail = freeMail;
    this.nameThreshold = Confidence.check(nameThreshold);
    for (Company company : companies) {
      byRef.putIfAbsent(company.ref().key(), company);
      String connection = company.ref().connection() + '\n';
      String domain = Domains.normalise(company.domain());
      if (domain != null) {
        prefer(byDomain, connection + domain, company);
      }
      String name = MatchKeys.companyName(company.name());
      if (name != null) {
        prefer(byName, connection + name, company);
        byNameStart.computeIfAbsent(connection + name.charAt(0), k -> new ArrayList<>()).add(new Named(name, company));
      }
    }
  }

  public static boolean isCustomer(Company company) {
    return company.type() != null && company.type().strip().toLowerCase(Locale.ROOT).startsWith("customer");
  }

  public Optional<AccountMatch> match(Person person) {
    String connection = person.ref().connection() + '\n';
    RecordRef associated = person.companyRef();
    if (associated != null && byRef.containsKey(associated.key())) {
      return found(byRef.get(associated.key()), MatchBasis.CRM_ASSOCIATION, 1.0);
    }
    Optional<EmailAddress> email = EmailAddress.parse(person.email());
    if (email.isPresent() && !freeMail.contains(email.get().domain())) {
      Company company = byDomainOrParent(connection, email.get().domain());
      if (company != null) {
        return found(company, MatchBasis.EMAIL_DOMAIN, EMAIL_CONFIDENCE);
      }
    }
    String website = Domains.normalise(person.website());
    if (website != null) {
      Company company = byDomainOrParent(connection, website);
      if (company != null) {
        return found(company, MatchBasis.WEBSITE_DOMAIN, WEBSITE_CONFIDENCE);
      }
    }
    String name = MatchKeys.companyName(person.companyName());
    if (name == null) {
      return Optional.empty();
    }
    Company exact = byName.get(connection + name);
    if (exact != null) {
      return found(exact, MatchBasis.COMPANY_NAME, NAME_CONFIDENCE);
    }
    return similar(connection, name);
  }

  private Optional<AccountMatch> similar(String connection, String name) {
    Named best = null;
    double bestSimilarity = 0;
    for (Named candidate : byNameStart.getOrDefault(connection + name.charAt(0), List.of())) {
      double similarity = JaroWinkler.similarity(name, candidate.name);
      if (similarity >= nameThreshold && (similarity > bestSimilarity
          || (similarity == bestSimilarity && isCustomer(candidate.company) && !isCustomer(best.company)))) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    return best == null ? Optional.empty()
        : found(best.company, MatchBasis.SIMILAR_COMPANY_NAME, Math.round(bestSimilarity * 0.8 * 1000) / 1000.0);
  }

  private Company byDomainOrParent(String connection, String domain) {
    for (String d = domain; d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
      Company company = byDomain.get(connection + d);
      if (company != null) {
        return company;
      }
    }
    return null;
  }

  private static Optional<AccountMatch> found(Company company, MatchBasis basis, double confidence) {
    return Optional.of(new AccountMatch(company.ref(), company.ownerId(), isCustomer(company), basis, confidence));
  }

  private static void prefer(Map<String, Company> index, String key, Company company) {
    Company held = index.get(key);
    if (held == null || (isCustomer(company) && !isCustomer(held))) {
      index.put(key, company);
    }
  }

  /** A company under its match key. */
  private record Named(String name, Company company) {}
}
