package io.revbridge.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentResult;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.config.ConfigLoader;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmRecord;
import io.revbridge.sync.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  @Mixin OfflineInput in;

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
    MappingSet set = in.loadMappings(config == null ? null : config.mappings().orElse(null));
    WaterfallPlan plan = config == null ? BuiltInProviders.defaults()
        : EnrichmentWiring.plan(config.enrichment(), line -> err.println("warning: " + line));
    ObjectMapping personMapping = set.forObject(in.crm, in.object).filter(m -> m.canonical() == CanonicalKind.PERSON)
        .orElse(null);
    if (personMapping == null) {
      err.println("error: no person mapping for " + in.crm + " " + in.object + "; people are "
          + set.all().stream().filter(m -> m.canonical() == CanonicalKind.PERSON).map(m -> m.crm() + " " + m.objectType()).toList());
      return RevbridgeMain.BAD_INPUT;
    }
    JsonNode root = OfflineRecords.readJson(in.input, err);
    if (root == null) {
      return RevbridgeMain.BAD_INPUT;
    }
    try {
      CrmRecord record = OfflineRecords.record(in.crm, in.object, root);
      Person person = personMapping.toPerson(record);
      Company company = OfflineRecords.company(set, in.crm, person, root);
      EnrichmentResult result = OfflineRecords.enrich(plan, person, company, Clock.systemUTC());
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(render(person, company, result)));
      return RevbridgeMain.OK;
    } catch (IllegalArgumentException | RecordMappingException e) {
      err.println("error: " + e.getMessage());
      return RevbridgeMain.BAD_INPUT;
    }
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
}
