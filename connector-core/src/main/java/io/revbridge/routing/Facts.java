package io.revbridge.routing;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.MqlScore;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What rules and dimensions can test, by canonical name: {@code person.*} and {@code company.*} (enriched values
 * first, as {@link EnrichedPerson} settles them; any other enrichment field by its name), {@code score},
 * {@code grade}, {@code mql.score}, {@code mql.qualified}, {@code mql.crossed} (the MQL score reached its threshold
 * on this pass) when the caller knows them, and each dimension's label under the dimension's name. Records which names were read, so a
 * decision can show its inputs.
 */
final class Facts {
  /** Names a rule may use besides dimension names and other {@code person.}/{@code company.} enrichment fields. */
  static final List<String> KNOWN = List.of("score", "grade", "mql.score", "mql.qualified", "mql.crossed", "person.email", "person.emailDomain",
      "person.firstName", "person.lastName", "person.title", "person.phone", "person.companyName", "person.website",
      "person.industry", "person.employees", "person.country", "person.state", "person.city",
      "person.lifecycleStage", "person.leadStatus", "person.source", "person.currentSolution", "person.ownerId",
      "person.kind", "person.role", "person.seniority", "person.department", "person.accountOwnerId",
      "person.existingCustomer", "person.matchedAccount", "company.name", "company.domain", "company.industry",
      "company.employees", "company.annualRevenue", "company.country", "company.state", "company.city",
      "company.type", "company.ownerId", "company.region", "company.industryClass", "company.sizeBand");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final EnrichedPerson enriched;
  private final Map<String, Object> used = new TreeMap<>();

  /** @param mql the lead's MQL score, if known; {@code mqlCrossed} whether it reached the threshold on this pass */
  Facts(EnrichedPerson enriched, LeadScore score, Optional<MqlScore> mql, boolean mqlCrossed) {
    this.enriched = enriched;
    Person p = enriched.person();
    put("score", score.score());
    put("grade", score.grade().name());
    mql.ifPresent(m -> {
      put("mql.score", m.score());
      put("mql.qualified", m.qualified());
      put("mql.crossed", mqlCrossed);
    });
    put("person.email", p.email());
    put("person.emailDomain", domainOf(p.email()));
    put("person.firstName", p.firstName());
    put("person.lastName", p.lastName());
    put("person.title", p.title());
    put("person.phone", p.phone());
    put("person.companyName", p.companyName());
    put("person.website", p.website());
    put("person.industry", p.industry());
    put("person.employees", p.employees());
    put("person.country", p.country());
    put("person.state", p.state());
    put("person.city", p.city());
    put("person.lifecycleStage", p.lifecycleStage());
    put("person.leadStatus", p.leadStatus());
    put("person.source", p.source());
    put("person.currentSolution", p.currentSolution());
    put("person.ownerId", p.ownerId());
    put("person.kind", p.kind().name());
    put("person.role", enriched.role().name());
    put("person.seniority", enriched.seniority().name());
    put("person.department", enriched.department().map(Enum::name).orElse(null));
    Optional<Company> company = enriched.company();
    put("company.name", company.map(Company::name).orElse(p.companyName()));
    put("company.domain", company.map(Company::domain).orElse(null));
    put("company.industry", enriched.industry().orElse(null));
    put("company.employees", enriched.employees().orElse(null));
    put("company.annualRevenue", company.map(Company::annualRevenue).orElse(null));
    put("company.country", enriched.country().orElse(null));
    put("company.state", company.map(Company::state).orElse(p.state()));
    put("company.city", company.map(Company::city).orElse(p.city()));
    put("company.type", company.map(Company::type).orElse(null));
    put("company.ownerId", company.map(Company::ownerId).orElse(null));
    put("company.region", enriched.region().map(Enum::name).orElse(null));
    put("company.industryClass", enriched.industryClass().map(Enum::name).orElse(null));
    put("company.sizeBand", enriched.sizeBand().orElse(null));
  }

  void put(String name, Object value) {
    if (value instanceof String s && s.isBlank()) {
      value = null;
    }
    values.put(name, value);
  }

  /** The value, or null when the lead does not have it; enrichment fields not listed above by their name. */
  Object get(String name) {
    Object value = values.containsKey(name) ? values.get(name) : enriched.text(name).orElse(null);
    used.put(name, value == null ? "" : value);
    return value;
  }

  /** The facts read so far, by name (absent ones as empty text). */
  Map<String, Object> used() {
    return Map.copyOf(used);
  }

  static boolean isKnown(String name, java.util.Collection<String> dimensions) {
    return KNOWN.contains(name) || dimensions.contains(name)
        || (name.startsWith("person.") || name.startsWith("company.")) && name.indexOf('.') < name.length() - 1;
  }

  static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return value == null ? null : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String domainOf(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0 ? null : email.substring(at + 1).toLowerCase();
  }
}
