package io.revbridge.app;

import io.revbridge.config.ConfigLoader;
import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.LiveFieldCheck;
import io.revbridge.mapping.MappingException;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmField;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mappings validate}: the checks {@code run} does at start, alone; with {@code --config} also against
 * each connection's live field list. Exit 0 when all is well, 2 on any problem in the files, 1 when a CRM
 * could not be asked.
 */
@Command(mixinStandardHelpOptions = true, name = "validate", description = "Check every mapping file; with --config also that every mapped CRM field exists.")
final class MappingsValidateCommand implements Callable<Integer> {
  @ParentCommand MappingsCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Mappings folder to check (default: the config's `mappings`, else ./mappings if it exists, else the built-in defaults).")
  Path dir;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Also check the mapped CRM fields exist, in each connection of this configuration.")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RevbridgeConfig cfg = config == null ? null : ConfigLoader.load(config, parent.env());
    MappingSource source = source(cfg);
    MappingSet mappings;
    try {
      mappings = MappingLoader.load(source);
    } catch (MappingException e) {
      e.problems().forEach(p -> err.println(p.describe()));
      err.println("mappings invalid: " + count(e.problems().size()) + " in " + source.description());
      return RevbridgeMain.BAD_INPUT;
    }
    for (ObjectMapping m : mappings.all()) {
      out.println("✓ " + m.location() + ": " + m.crm() + " " + m.objectType() + " → " + m.canonical().yamlName() + ", "
          + m.mappedTargets().size() + " fields read, " + m.mappedFields().stream().filter(f -> f.outbound()).count()
          + " written");
    }
    boolean unreachable = false;
    List<MappingProblem> missing = new ArrayList<>();
    if (cfg != null) {
      unreachable = checkLive(cfg, mappings, missing, out, err);
    }
    if (!missing.isEmpty()) {
      missing.forEach(p -> err.println(p.describe()));
      err.println("mappings invalid: " + count(missing.size()) + " against the live CRM");
      return RevbridgeMain.BAD_INPUT;
    }
    if (unreachable) {
      err.println("mappings checked, but some CRM fields could not be listed; see above");
      return RevbridgeMain.FAILED;
    }
    out.println("mappings ok: " + mappings.all().size() + " files in " + source.description()
        + (cfg == null ? "" : ", every mapped CRM field exists"));
    return RevbridgeMain.OK;
  }

  private MappingSource source(RevbridgeConfig cfg) {
    if (dir != null) {
      return MappingSource.folder(dir);
    }
    if (cfg != null) {
      return cfg.mappings().map(MappingSource::folder).orElseGet(() -> MappingSource.classpath(MappingSource.DEFAULTS_PREFIX));
    }
    Path local = Path.of("mappings");
    return Files.isDirectory(local) ? MappingSource.folder(local) : MappingSource.classpath(MappingSource.DEFAULTS_PREFIX);
  }

  /** @return true when a synced object's fields could not be listed */
  private static boolean checkLive(RevbridgeConfig cfg, MappingSet mappings, List<MappingProblem> missing,
      PrintWriter out, PrintWriter err) {
    boolean unreachable = false;
    OpenConnections connections = OpenConnections.open(cfg);
    try {
      for (ConnectionConfig c : cfg.connections()) {
        CrmConnection connection = connections.get(c.name());
        for (ObjectMapping m : mappings.all()) {
          if (!m.crm().equals(c.crm())) {
            continue;
          }
          boolean synced = c.objects().contains(m.objectType());
          List<CrmField> fields;
          try {
            fields = connection.schema().describe(m.objectType());
          } catch (RuntimeException e) {
            // An object this connection does not sync may simply be outside the token's scopes.
            (synced ? err : out).println((synced ? "✗ " : "- ") + c.name() + ": cannot list the fields of "
                + m.objectType() + ": " + e.getMessage() + (synced ? "" : " (not synced by this connection; skipped)"));
            unreachable |= synced;
            continue;
          }
          List<MappingProblem> found = LiveFieldCheck.missing(m, fields, c.name());
          missing.addAll(found);
          if (found.isEmpty()) {
            out.println("✓ " + c.name() + ": every field " + m.location() + " maps exists on " + m.objectType());
          }
        }
      }
    } finally {
      connections.close();
    }
    return unreachable;
  }

  private static String count(int problems) {
    return problems == 1 ? "1 problem" : problems + " problems";
  }
}
