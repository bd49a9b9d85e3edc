package io.revbridge.routing;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.MqlScore;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What rules and dimensions can test, by canonical name: {@code person.*} and {@code company.*} (enriched values
 * first, as {@link EnrichedPerson} settles them; any other enrichment field by its name), {@code score},
 * {@code grade}, {@code mql.score}, {@code mql.qualified}, {@code mql.crossed} (the MQL score reached its threshold
 * on this pass) when the caller knows them, and each dimension's label under the dimension's name. Records which names were read, so a
 * decision can show its inputs.
 */
final class Facts {
  /**
   * How each known name is read from the lead (the others, {@code person.accountOwnerId} for one, are enrichment
   * fields read by their name). Worked out once: a decision reads only the handful of facts its dimensions and
   * rules name, so building all of them up front for every lead was mostly thrown away.
   */
  private static final Map<String, Function<Facts, Object>> READERS = readers();

  /** Facts read or put so far (a dimension's label under its name), absent ones as null. */
  private final Map<String, Object> values = new HashMap<>();
  private final EnrichedPerson enriched;
  private final LeadScore score;
  private final Optional<MqlScore> mql;
  private final boolean mqlCrossed;
  private final Map<String, Object> used = new TreeMap<>();

  /** @param mql the lead's MQL score, if known; {@code mqlCrossed} whether it reached the threshold on this pass */
  Facts(EnrichedPerson enriched, LeadScore score, Optional<MqlScore> mql, boolean mqlCrossed) {
    this.enriched = enriched;
    this.score = score;
    this.mql = mql;
    this.mqlCrossed = mqlCrossed;
  }

  private static Map<String, Function<Facts, Object>> readers() {
    Map<String, Function<Facts, Object>> r = new LinkedHashMap<>();
    r.put("score", f -> f.score.score());
    r.put("grade", f -> f.score.grade().name());
    r.put("mql.score", f -> f.mql.get().score());
    r.put("mql.qualified", f -> f.mql.get().qualified());
    r.put("mql.crossed", f -> f.mqlCrossed);
    r.put("person.email", f -> f.person().email());
    r.put("person.emailDomain", f -> domainOf(f.person().email()));
    r.put("person.firstName", f -> f.person().firstName());
    r.put("person.lastName", f -> f.person().lastName());
    r.put("person.title", f -> f.person().title());
    r.put("person.phone", f -> f.person().phone());
    r.put("person.companyName", f -> f.person().companyName());
    r.put("person.website", f -> f.person().website());
    r.put("person.industry", f -> f.person().industry());
    r.put("person.employees", f -> f.person().employees());
    r.put("person.country", f -> f.person().country());
    r.put("person.state", f -> f.person().state());
    r.put("person.city", f -> f.person().city());
    r.put("person.lifecycleStage", f -> f.person().lifecycleStage());
    r.put("person.leadStatus", f -> f.person().leadStatus());
    r.put("person.source", f -> f.person().source());
    r.put("person.currentSolution", f -> f.person().currentSolution());
    r.put("person.ownerId", f -> f.person().ownerId());
    r.put("person.kind", f -> f.person().kind().name());
    r.put("person.role", f -> f.enriched.role().name());
    r.put("person.seniority", f -> f.enriched.seniority().name());
    r.put("person.department", f -> f.enriched.department().map(Enum::name).orElse(null));
    r.put("company.name", f -> f.company().map(Company::name).orElse(f.person().companyName()));
    r.put("company.domain", f -> f.company().map(Company::domain).orElse(null));
    r.put("company.industry", f -> f.enriched.industry().orElse(null));
    r.put("company.employees", f -> f.enriched.employees().orElse(null));
    r.put("company.annualRevenue", f -> f.company().map(Company::annualRevenue).orElse(null));
    r.put("company.country", f -> f.enriched.country().orElse(null));
    r.put("company.state", f -> f.company().map(Company::state).orElse(f.person().state()));
    r.put("company.city", f -> f.company().map(Company::city).orElse(f.person().city()));
    r.put("company.type", f -> f.company().map(Company::type).orElse(null));
    r.put("company.ownerId", f -> f.company().map(Company::ownerId).orElse(null));
    r.put("company.region", f -> f.enriched.region().map(Enum::name).orElse(null));
    r.put("company.industryClass", f -> f.enriched.industryClass().map(Enum::name).orElse(null));
    r.put("company.sizeBand", f -> f.enriched.sizeBand().orElse(null));
    return Collections.unmodifiableMap(r);
  }

  void put(String name, Object value) {
    values.put(name, blankToNull(value));
  }

  /** The value, or null when the lead does not have it; enrichment fields not listed above by their name. */
  Object get(String name) {
    Object value;
    if (values.containsKey(name)) {
      value = values.get(name);
    } else {
      Function<Facts, Object> reader = READERS.get(name);
      // without an MQL score the mql.* names are not facts of the lead, and are looked up as enrichment fields
      if (reader != null && (mql.isPresent() || !name.startsWith("mql."))) {
        value = blankToNull(reader.apply(this));
        values.put(name, value);
      } else {
        value = enriched.text(name).orElse(null);
      }
    }
    used.put(name, value == null ? "" : value);
    return value;
  }

  private Person person() {
    return enriched.person();
  }

  private Optional<Company> company() {
    return enriched.company();
  }

  private static Object blankToNull(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  /** The facts read so far, by name (absent ones as empty text). */
  Map<String, Object> used() {
    return Map.copyOf(used);
  }

  /**
   * Whether a rule may name it: a fact read above, a dimension, or any other {@code person.}/{@code company.}
   * enrichment field ({@code person.accountOwnerId}, {@code person.existingCustomer}, {@code person.matchedAccount}).
   */
  static boolean isKnown(String name, java.util.Collection<String> dimensions) {
    return READERS.containsKey(name) || dimensions.contains(name)
        || (name.startsWith("person.") || name.startsWith("company.")) && name.indexOf('.') < name.length() - 1;
  }

  static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue()); // small ones come from a cache, nothing parsed
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
