package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.EnrichmentResult;
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
 * mapped and enriched with the built-in providers, offline, as {@code enrich preview} does (see {@link OfflineRecords}).
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
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException(input + " is empty; give one record as JSON");
    }
    Person person = personMapping.toPerson(OfflineRecords.record(crm, object, root));
    Company company = OfflineRecords.company(set, crm, person, root);
    EnrichmentResult result = OfflineRecords.enrich(person, company, Clock.systemUTC());
    return new EnrichedPerson(person, Optional.ofNullable(company), result);
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
