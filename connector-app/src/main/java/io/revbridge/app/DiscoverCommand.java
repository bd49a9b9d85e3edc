package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.FieldSuggester;
import io.revbridge.mapping.MappedField;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmField;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code discover}: per connection and object, the CRM's fields (type, label) marked mapped or not, the
 * canonical fields no file fills, and likely CRM fields for them. Reads only.
 */
@Command(mixinStandardHelpOptions = true, name = "discover", description = "List each object's CRM fields, which are mapped, and suggestions for unmapped canonical fields.")
final class DiscoverCommand implements Callable<Integer> {
  private static final int SUGGESTIONS = 2;

  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--object", paramLabel = "OBJ", description = "Only this CRM object type.")
  String onlyObject;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    OpenConnections connections = OpenConnections.open(cfg);
    boolean failed = false;
    try {
      for (ConnectionConfig c : cfg.connections()) {
        out.println("connection " + c.name() + " (" + c.crm() + ")");
        for (String object : objects(c, mappings)) {
          List<CrmField> fields;
          try {
            fields = connections.get(c.name()).schema().describe(object);
          } catch (RuntimeException e) {
            // A mapped object the connection does not sync may simply be outside the token's scopes.
            boolean synced = c.objects().contains(object);
            out.println("  " + (synced ? "✗ " : "- ") + object + ": cannot list its fields: " + e.getMessage()
                + (synced ? "" : " (not synced by this connection; skipped)"));
            failed |= synced;
            continue;
          }
          describe(out, object, fields, mappings.forObject(c.crm(), object));
        }
      }
    } finally {
      connections.close();
    }
    return failed ? RevbridgeMain.FAILED : RevbridgeMain.OK;
  }

  /** The connection's synced objects, then every other object its CRM has a mapping for. */
  private Set<String> objects(ConnectionConfig c, MappingSet mappings) {
    Set<String> objects = new LinkedHashSet<>(c.objects());
    mappings.all().stream().filter(m -> m.crm().equals(c.crm())).forEach(m -> objects.add(m.objectType()));
    if (onlyObject != null) {
      objects.retainAll(Set.of(onlyObject));
    }
    return objects;
  }

  private static void describe(PrintWriter out, String object, List<CrmField> fields, Optional<ObjectMapping> mapping) {
    Map<String, String> mappedTo = new LinkedHashMap<>();
    mapping.ifPresent(m -> m.mappedFields().forEach(f ->
        mappedTo.merge(f.crmField(), (f.outbound() ? "writes " : "") + f.canonical(), (a, b) -> a + ", " + b)));
    out.println(mapping.map(m -> "  " + object + " → " + m.canonical().yamlName() + " (" + m.location() + ")")
        .orElse("  " + object + ": no mapping file (write <crm>/" + object + ".yaml to map it)"));
    out.printf("    %-3s %-34s %-12s %-34s %s%n", "", "CRM field", "type", "label", "mapped to");
    for (CrmField f : fields.stream().sorted(Comparator.comparing(CrmField::name)).toList()) {
      String target = mappedTo.get(f.name());
      out.printf("    %-3s %-34s %-12s %-34s %s%n", target == null ? "" : "✓", f.name(), f.type(),
          f.label() == null ? "" : f.label(), target == null ? "" : target);
    }
    Set<String> names = new LinkedHashSet<>(fields.stream().map(CrmField::name).toList());
    mapping.ifPresent(m -> m.mappedFields().stream().map(MappedField::crmField).distinct()
        .filter(name -> !names.contains(name))
        .forEach(name -> out.println(m.mappedFields().stream().anyMatch(f -> f.crmField().equals(name) && f.owned())
            ? "    -   " + name + " (" + mappedTo.get(name) + ") is not in the CRM yet: Revbridge creates it on first run"
            : "    ✗   " + name + " (" + mappedTo.get(name) + ") does not exist in the CRM: correct the mapping file")));
    mapping.ifPresent(m -> unmapped(out, m, fields, mappedTo.keySet()));
  }

  private static void unmapped(PrintWriter out, ObjectMapping mapping, List<CrmField> fields, Set<String> mapped) {
    List<String> targets = mapping.canonical().targets().keySet().stream()
        .filter(t -> !mapping.mappedTargets().contains(t)).toList();
    if (targets.isEmpty()) {
      out.println("    every " + mapping.canonical().yamlName() + " field is mapped");
      return;
    }
    List<CrmField> free = fields.stream().filter(f -> !mapped.contains(f.name())).toList();
    out.println("    unmapped " + mapping.canonical().yamlName() + " fields:");
    for (String target : targets) {
      List<CrmField> likely = FieldSuggester.suggest(target, free, SUGGESTIONS);
      out.println("      " + target + (likely.isEmpty() ? " (no likely CRM field)"
          : " ← maybe " + String.join(" or ", likely.stream().map(f -> f.name() + " (\"" + f.label() + "\")").toList())));
    }
  }
}
