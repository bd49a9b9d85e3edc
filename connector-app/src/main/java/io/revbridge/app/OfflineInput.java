package io.revbridge.app;

import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.MappingSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that works on one record offline ({@code enrich preview}, {@code score explain},
 * {@code route explain}): which CRM and object the record is from, where its JSON is, and which mappings read it.
 */
final class OfflineInput {
  @Option(names = "--crm", required = true, description = "hubspot or salesforce.")
  String crm;

  @Option(names = "--object", required = true,
      description = "The CRM object of the record, e.g. contacts or Lead (score explain also takes deals or Opportunity).")
  String object;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "The record as JSON (`-` for stdin), or a bundle {\"record\": R, \"company\": C}.")
  String input;

  @Option(names = "--mappings", paramLabel = "DIR",
      description = "Mapping folder (default: the config's where the command takes --config, else the built-in mappings).")
  Path mappings;

  /** The mappings named by {@code --mappings}, else those in {@code fallback}, else the built-in ones. */
  MappingSet loadMappings(Path fallback) {
    Path folder = mappings != null ? mappings : fallback;
    return MappingLoader.load(folder == null
        ? MappingSource.classpath(MappingSource.DEFAULTS_PREFIX) : MappingSource.folder(folder));
  }
}
