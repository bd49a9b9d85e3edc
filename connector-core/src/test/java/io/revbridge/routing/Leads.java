package io.revbridge.routing;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.Provenanced;
import io.revbridge.model.Company;
import io.revbridge.model.Owner;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.Grade;
import io.revbridge.scoring.LeadScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds leads, scores and owners for routing tests. */
final class Leads {
  static final Instant T0 = Instant.parse("2026-03-04T15:00:00Z"); // a Wednesday, 10:00 in New York

  private Leads() {}

  static Owner owner(String id, String email, boolean active) {
    return new Owner(new RecordRef("main", "owners", id), T0, email, "Rep", id, active);
  }

  static LeadScore score(int points) {
    Grade grade = points > 75 ? Grade.HOT : points > 50 ? Grade.WARM : points > 25 ? Grade.COLD : Grade.UNQUALIFIED;
    return new LeadScore(points, grade, List.of());
  }

  /** A lead builder with the fields routing tests care about. */
  static final class Lead {
    String id = "p1";
    String email = "jo@acme.test";
    String source;
    String currentSolution;
    String ownerId;
    Integer employees = 50;
    BigDecimal revenue;
    String region;
    final Map<String, Object> enriched = new LinkedHashMap<>();

    Lead id(String v) { id = v; return this; }
    Lead source(String v) { source = v; return this; }
    Lead currentSolution(String v) { currentSolution = v; return this; }
    Lead owner(String v) { ownerId = v; return this; }
    Lead employees(int v) { employees = v; return this; }
    Lead revenue(long v) { revenue = BigDecimal.valueOf(v); return this; }
    Lead region(String v) { region = v; return this; }
    Lead enriched(String field, Object v) { enriched.put(field, v); return this; }

    EnrichedPerson build() {
      RecordRef ref = new RecordRef("main", "contacts", id);
      RecordRef companyRef = new RecordRef("main", "companies", "c-" + id);
      Person person = new Person(ref, T0, PersonKind.LEAD, email, "Jo", "Doe", "VP Sales", null, "Acme", null, null,
          null, null, null, null, null, null, source, currentSolution, ownerId, companyRef, null, null);
      Company company = new Company(companyRef, T0, "Acme", "acme.test", "Software", employees, revenue, null, null,
          null, null, "acct-owner");
      Map<String, Provenanced<?>> fields = new LinkedHashMap<>();
      if (region != null) {
        fields.put("company.region", new Provenanced<>(region, "test", 1, T0));
      }
      enriched.forEach((k, v) -> fields.put(k, new Provenanced<>(v, "test", 1, T0)));
      return new EnrichedPerson(person, Optional.of(company), new EnrichmentResult(ref.key(), fields, List.of()));
    }
  }
}
