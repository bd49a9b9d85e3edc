package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.sync.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A lead read from a file as the CRM's API returns it (a record, or a {@code {"record": R, "company": C}} bundle),
 * mapped and enriched with the built-in providers, offline, as {@code enrich preview} does.
 */
final class OfflineLead {
  private OfflineLead() {}

  /** @throws IllegalArgumentException naming what is wrong with the input, for exit code 2 */
  static EnrichedPerson read(MappingSet set, String crm, String object, String input) throws IOException {
    ObjectMapping personMapping = set.forObject(crm, object).filter(m -> m.canonical() == CanonicalKind.PERSON)
        .orElseThrow(() -> new IllegalArgumentException("no person mapping for " + crm + " " + object + "; people are "
            + set.all().stream().filter(m -> m.canonical() == CanonicalKind.PERSON)
                .map(m -> m.crm() + " " + m.objectType()).toList()));
    JsonNode root;
    try {
      root = Json.mapper().readTree(bytes(input));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(input + " is not valid JSON: " + e.getOriginalMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    boolean bundle = root != null && root.has("record");
    Person person = personMapping.toPerson(ApiRecordJson.read(crm, object, bundle ? root.get("record") : root));
    Company company = bundle && root.hasNonNull("company") ? company(set, crm, person, root.get("company")) : null;
    EnrichmentResult result = new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(),
        FailureCounter.NONE, Clock.systemUTC()).enrich(EnrichmentInputs.of(person, company));
    return new EnrichedPerson(person, Optional.ofNullable(company), result);
  }

  private static Company company(MappingSet set, String crm, Person person, JsonNode node) {
    String type = person.companyRef() != null ? person.companyRef().objectType()
        : "hubspot".equals(crm) ? "companies" : "Account";
    ObjectMapping mapping = set.forObject(crm, type).filter(m -> m.canonical() == CanonicalKind.COMPANY)
        .orElseThrow(() -> new IllegalArgumentException("no company mapping for " + crm + " " + type));
    return mapping.toCompany(ApiRecordJson.read(crm, type, node));
  }

  private static byte[] bytes(String input) throws IOException {
    if ("-".equals(input)) {
      try (InputStream in = System.in) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(Path.of(input));
  }
}
