package io.revbridge.app;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.spi.FieldSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code setup salesforce --out DIR}: the Salesforce fields Revbridge writes cannot be created through the
 * partner API, so this writes them as a deployable Metadata API package, from the mapping files'
 * {@code owned: true} entries, and prints the Salesforce CLI commands that deploy it.
 */
@Command(mixinStandardHelpOptions = true, name = "setup",
    description = "Write what a CRM needs before the first sync (Salesforce: a metadata package of Revbridge's fields).")
final class SetupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CRM", description = "The CRM to prepare: salesforce.")
  String crm;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the package to.")
  Path out;

  @Option(names = "--mappings", paramLabel = "DIR", description = "Mapping folder (default: the built-in mappings).")
  Path mappings;

  @Option(names = "--api-version", defaultValue = "65.0", description = "Metadata API version (default: ${DEFAULT-VALUE}).")
  String apiVersion;

  @Override
  public Integer call() throws IOException {
    if (!crm.equals("salesforce")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "setup knows only `salesforce`: HubSpot fields "
          + "are created by Revbridge itself on the first sync");
    }
    PrintWriter print = spec.commandLine().getOut();
    MappingSet set = MappingLoader.load(mappings == null
        ? MappingSource.classpath(MappingSource.DEFAULTS_PREFIX) : MappingSource.folder(mappings));
    List<FieldSpec> owned = new ArrayList<>();
    TreeSet<String> unowned = new TreeSet<>();
    for (ObjectMapping m : set.all()) {
      if (m.crm().equals("salesforce")) {
        owned.addAll(m.ownedFields());
        m.inboundFields().stream().filter(f -> f.endsWith("__c")).forEach(f -> unowned.add(m.objectType() + "." + f));
      }
    }
    // the hand-off's fields, deployed with the rest so turning it on later needs no second deployment
    io.revbridge.handoff.HandoffFields.salesforce().stream()
        .filter(h -> owned.stream().noneMatch(f -> f.objectType().equals(h.objectType()) && f.name().equals(h.name())))
        .forEach(owned::add);
    owned.forEach(f -> unowned.remove(f.objectType() + "." + f.name()));
    if (owned.isEmpty()) {
      throw new CommandFailure("no Salesforce mapping declares a field with `owned: true`; nothing to create");
    }
    for (Map.Entry<String, String> file : SalesforceMetadataPackage.files(owned, apiVersion).entrySet()) {
      Path target = out.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    print.println("wrote " + owned.size() + " custom fields and the permission set "
        + SalesforceMetadataPackage.PERMISSION_SET + " to " + out);
    owned.forEach(f -> print.println("  " + f.objectType() + "." + f.name() + " (" + f.label() + ")"));
    unowned.forEach(f -> print.println("  not included: " + f + " is read, not owned; create it with the type your data needs"));
    print.println("deploy it and give the integration user the permission set:");
    print.println("  sf project deploy start --metadata-dir " + out + " --target-org <your org alias> --wait 10");
    print.println("  sf org assign permset --name " + SalesforceMetadataPackage.PERMISSION_SET
        + " --on-behalf-of <integration user's username> --target-org <your org alias>");
    return RevbridgeMain.OK;
  }
}
