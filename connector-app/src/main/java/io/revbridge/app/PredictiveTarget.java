package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.predictive.PredictedObject;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which connection and record kind a {@code score} model command is about: {@code --object} parsed, and
 * {@code --connection} or, without it, the one connection that syncs that kind of record.
 */
record PredictiveTarget(ConnectionConfig connection, PredictedObject object) {
  static PredictedObject object(CommandSpec spec, String text) {
    return PredictedObject.parse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "--object must be leads or deals, was '" + text + "'"));
  }

  static PredictiveTarget resolve(CommandSpec spec, RevbridgeConfig cfg, MappingSet mappings, String objectText,
      String connectionName) {
    PredictedObject object = object(spec, objectText);
    CanonicalKind kind = object == PredictedObject.LEADS ? CanonicalKind.PERSON : CanonicalKind.DEAL;
    List<ConnectionConfig> candidates = cfg.connections().stream()
        .filter(c -> connectionName == null || c.name().equals(connectionName))
        .filter(c -> c.objects().stream().anyMatch(o -> mappings.forObject(c.crm(), o)
            .filter(m -> m.canonical() == kind).isPresent()))
        .toList();
    if (connectionName != null && cfg.connection(connectionName).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no connection named '" + connectionName
          + "' in " + cfg.source() + "; configured: " + cfg.connections().stream().map(ConnectionConfig::name).toList());
    }
    if (candidates.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no connection"
          + (connectionName == null ? "" : " named '" + connectionName + "'") + " syncs " + object.cliName()
          + ": add a " + (object == PredictedObject.LEADS ? "person object (contacts, Lead, Contact)"
              : "deal object (deals, Opportunity)") + " to its `objects` in " + cfg.source());
    }
    if (candidates.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "several connections sync " + object.cliName()
          + " (" + candidates.stream().map(ConnectionConfig::name).toList() + "): name one with --connection");
    }
    return new PredictiveTarget(candidates.get(0), object);
  }
}
