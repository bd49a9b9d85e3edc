package io.revbridge.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInputs;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
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
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs mapping and enrichment (built in, or as {@code --config} sets it up) on one record given as the CRM's API returns it, offline: no CRM
 * call, nothing stored. Prints the canonical person (with role, seniority, department), its company (with size
 * band, region, industry class) and where every enriched value came from.
 */
@Command(mixinStandardHelpOptions = true, name = "preview", description = "Map and enrich one record offline and print the result as JSON.")
final class EnrichPreviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--crm", required = true, description = "hubspot or salesforce.")
  String crm;

  @Option(names = "--object", required = true, description = "The CRM object of the record, e.g. contacts or Lead.")
  String object;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The record as JSON (`-` for stdin), or a bundle {\"record\": R, \"company\": C}.")
  String input;

  @Option(names = "--mappings", paramLabel = "DIR",
      description = "Mapping folder (default: the config's, else the built-in mappings).")
  Path mappings;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Use this configuration's enrichment section (rules file, firmographics file, industry lists, "
          + "HTTP vendors) and mappings; without it, the built-in enrichment only.")
  Path configFile;

  @ParentCommand EnrichCommand parent;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RevbridgeConfig config = configFile == null ? null : ConfigLoader.load(configFile, parent.main.env());
    Path mappingFolder = mappings != null ? mappings : config == null ? null : config.mappings().orElse(null);
    MappingSet set = MappingLoader.load(mappingFolder == null
        ? MappingSource.classpath(MappingSource.DEFAULTS_PREFIX) : MappingSource.folder(mappingFolder));
    WaterfallPlan plan = config == null ? BuiltInProviders.defaults()
        : EnrichmentWiring.plan(config.enrichment(), line -> err.println("warning: " + line));
    ObjectMapping personMapping = set.forObject(crm, object).filter(m -> m.canonical() == CanonicalKind.PERSON)
        .orElse(null);
    if (personMapping == null) {
      err.println("error: no person mapping for " + crm + " " + object + "; people are "
          + set.all().stream().filter(m -> m.canonical() == CanonicalKind.PERSON).map(m -> m.crm() + " " + m.objectType()).toList());
      return RevbridgeMain.BAD_INPUT;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(read(input));
    } catch (JsonProcessingException e) {
      err.println("error: " + input + " is not valid JSON: " + e.getOriginalMessage());
      return RevbridgeMain.BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + input);
      return RevbridgeMain.BAD_INPUT;
    }
    boolean bundle = root != null && root.has("record");
    try {
      CrmRecord record = ApiRecordJson.read(crm, object, bundle ? root.get("record") : root);
      Person person = personMapping.toPerson(record);
      Company company = bundle && root.hasNonNull("company") ? company(set, person, root.get("company")) : null;
      EnrichmentResult result = new Waterfall(plan, new InMemoryEnrichmentCache(),
          FailureCounter.NONE, Clock.systemUTC()).enrich(EnrichmentInputs.of(person, company));
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(render(person, company, result)));
      return RevbridgeMain.OK;
    } catch (IllegalArgumentException | RecordMappingException e) {
      err.println("error: " + e.getMessage());
      return RevbridgeMain.BAD_INPUT;
    }
  }

  private Company company(MappingSet set, Person person, JsonNode node) {
    String type = person.companyRef() != null ? person.companyRef().objectType()
        : "hubspot".equals(crm) ? "companies" : "Account";
    ObjectMapping mapping = set.forObject(crm, type).filter(m -> m.canonical() == CanonicalKind.COMPANY)
        .orElseThrow(() -> new IllegalArgumentException("no company mapping for " + crm + " " + type));
    return mapping.toCompany(ApiRecordJson.read(crm, type, node));
  }

  private static ObjectNode render(Person person, Company company, EnrichmentResult result) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode p = Json.mapper().valueToTree(person);
    put(p, "role", result.value(EnrichmentFields.PERSON_ROLE));
    put(p, "seniority", result.value(EnrichmentFields.PERSON_SENIORITY));
    put(p, "department", result.value(EnrichmentFields.PERSON_DEPARTMENT));
    root.set("person", p);
    ObjectNode c = company == null ? Json.mapper().createObjectNode() : Json.mapper().valueToTree(company);
    put(c, "domain", result.value(EnrichmentFields.COMPANY_DOMAIN));
    put(c, "sizeBand", result.value(EnrichmentFields.COMPANY_SIZE_BAND));
    put(c, "region", result.value(EnrichmentFields.COMPANY_REGION));
    put(c, "industryClass", result.value(EnrichmentFields.COMPANY_INDUSTRY_CLASS));
    root.set("company", c);
    ObjectNode provenance = root.putObject("provenance");
    result.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode f = provenance.putObject(e.getKey());
      f.set("value", Json.mapper().valueToTree(e.getValue().value()));
      f.put("provider", e.getValue().provider());
      f.put("confidence", e.getValue().confidence());
      f.put("fetchedAt", e.getValue().fetchedAt().toString());
    });
    root.set("failures", Json.mapper().valueToTree(result.failures()));
    return root;
  }

  private static void put(ObjectNode node, String field, Object value) {
    if (value != null) {
      node.set(field, Json.mapper().valueToTree(value instanceof Enum<?> e ? e.name() : value));
    }
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
