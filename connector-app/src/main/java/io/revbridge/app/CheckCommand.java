package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.MappingSet;
import io.revbridge.spi.Capability;
import io.revbridge.spi.CheckReport;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.FieldSpec;
import io.revbridge.spi.FieldStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "check", description = "Check each connection's credentials and which Revbridge fields exist in the CRM.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--fix", description = "Create the Revbridge fields that are missing (never changes an existing field).")
  boolean fix;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    MappingSet mappings = Revbridge.loadMappings(cfg);
    OpenConnections connections = OpenConnections.open(cfg);
    boolean allOk = true;
    try {
      for (ConnectionConfig c : cfg.connections()) {
        CrmConnection connection = connections.get(c.name());
        out.println("connection " + c.name() + " (" + c.crm() + ")");
        CheckReport report = connection.check();
        report.items().forEach(i -> out.println("  " + mark(i.ok()) + " " + i.name() + (i.detail() == null || i.detail().isBlank() ? "" : ": " + i.detail())));
        allOk &= report.ok();
        if (report.ok() && connection.capabilities().contains(Capability.SCHEMA)) {
          List<FieldSpec> owned = new ArrayList<>();
          c.objects().forEach(o -> mappings.forObject(c.crm(), o).ifPresent(m -> owned.addAll(m.ownedFields())));
          for (FieldStatus s : connection.schema().ensureFields(owned, fix)) {
            String field = "field " + s.field().objectType() + "." + s.field().name();
            switch (s.state()) {
              case EXISTS -> out.println("  " + mark(true) + " " + field + " exists");
              case CREATED -> out.println("  " + mark(true) + " " + field + " created: " + s.detail());
              case MISSING -> out.println("  ○ " + field + " missing: " + s.detail());
              case FAILED -> {
                // A field of the wrong type is reported, never changed: it may hold data someone needs.
                out.println("  " + mark(false) + " " + field + ": " + s.detail());
                allOk = false;
              }
            }
          }
        }
      }
    } finally {
      connections.close();
    }
    out.println(allOk ? "check ok" : "check failed: fix the items marked ✗ above");
    return allOk ? RevbridgeMain.OK : RevbridgeMain.FAILED;
  }

  private static String mark(boolean ok) {
    return ok ? "✓" : "✗";
  }
}
