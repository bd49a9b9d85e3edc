package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmRecord;
import io.revbridge.sync.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One record given to an offline command ({@code enrich preview}, {@code score explain}) as the CRM's API returns
 * it, or a bundle {@code {"record": R, "company": C}}; mapped and enriched as a sync would, without a CRM call.
 */
final class OfflineRecords {
  private OfflineRecords() {}

  /** The JSON of {@code input} ({@code -}: stdin), or null after telling {@code err} why not. */
  static JsonNode readJson(String input, PrintWriter err) throws IOException {
    try {
      JsonNode root = Json.mapper().readTree(read(input));
      if (root == null || root.isMissingNode()) {
        err.println("error: " + input + " is empty; give one record as JSON");
      }
      return root == null || root.isMissingNode() ? null : root;
    } catch (JsonProcessingException e) {
      err.println("error: " + input + " is not valid JSON: " + e.getOriginalMessage());
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + input);
    }
    return null;
  }

  static boolean isBundle(JsonNode root) {
    return root != null && root.has("record");
  }

  /** The record itself, from a bundle or a bare record. */
  static CrmRecord record(String crm, String object, JsonNode root) {
    return ApiRecordJson.read(crm, object, isBundle(root) ? root.get("record") : root);
  }

  /** The bundle's company mapped as a sync maps it, or null without one. */
  static Company company(MappingSet set, String crm, Person person, JsonNode root) {
    if (!isBundle(root) || !root.hasNonNull("company")) {
      return null;
    }
    String type = person.companyRef() != null ? person.companyRef().objectType()
        : "hubspot".equals(crm) ? "companies" : "Account";
    ObjectMapping mapping = set.forObject(crm, type).filter(m -> m.canonical() == CanonicalKind.COMPANY)
        .orElseThrow(() -> new IllegalArgumentException("no company mapping for " + crm + " " + type));
    return mapping.toCompany(ApiRecordJson.read(crm, type, root.get("company")));
  }

  /** The built-in enrichment, offline. */
  static EnrichmentResult enrich(Person person, Company company, Clock clock) {
    return enrich(BuiltInProviders.defaults(), person, company, clock);
  }

  /** The given enrichment (e.g. a config's), with nothing cached beyond this one call. */
  static EnrichmentResult enrich(WaterfallPlan plan, Person person, Company company, Clock clock) {
    return new Waterfall(plan, new InMemoryEnrichmentCache(), FailureCounter.NONE, clock)
        .enrich(EnrichmentInputs.of(person, company));
  }

  private static byte[] read(String input) throws IOException {
    if ("-".equals(input)) {
      try (InputStream in = System.in) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(Path.of(input));
  }
}
