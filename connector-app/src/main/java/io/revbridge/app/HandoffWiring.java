package io.revbridge.app;

import io.revbridge.config.ConfigException;
import io.revbridge.config.ConfigProblem;
import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.HandoffConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.handoff.HandoffPlaybook;
import io.revbridge.handoff.HandoffPlaybookLoader;
import io.revbridge.handoff.HandoffRunner;
import io.revbridge.handoff.HandoffSide;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.playbook.Playbook;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.Sequence;
import io.revbridge.routing.SequencesLoader;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.Store;
import io.revbridge.sync.SyncEngine;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Builds the hand-off from {@code handoff.from} / {@code handoff.to} and the playbook's {@code handoff.yaml}. */
final class HandoffWiring {
  private HandoffWiring() {}

  /** Checks the keys and the playbook file before anything is opened; empty when the hand-off is off. */
  static Optional<HandoffPlaybook> playbook(RevbridgeConfig config, Playbook scoring) {
    if (config.handoff().isEmpty()) {
      return Optional.empty();
    }
    HandoffConfig h = config.handoff().get();
    String file = config.source().toString();
    List<ConfigProblem> problems = new java.util.ArrayList<>();
    check(config, h.from(), "hubspot", "handoff.from", file, problems);
    check(config, h.to(), "salesforce", "handoff.to", file, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    PlaybookFiles files = config.playbook().map(PlaybookFiles::folder).orElseGet(PlaybookFiles::builtIn);
    List<Sequence> sequences = SequencesLoader.load(files);
    return Optional.of(HandoffPlaybookLoader.load(files, scoring.lead().mql().threshold(),
        sequences.stream().map(Sequence::name).collect(Collectors.toSet())));
  }

  private static void check(RevbridgeConfig config, String name, String crm, String key, String file,
      List<ConfigProblem> problems) {
    Optional<ConnectionConfig> c = config.connection(name);
    if (c.isEmpty()) {
      problems.add(new ConfigProblem(file, 0, 0, key, "no connection is named `" + name + "`",
          "name one of: " + config.connections().stream().map(ConnectionConfig::name).collect(Collectors.joining(", "))));
    } else if (!c.get().crm().equals(crm)) {
      problems.add(new ConfigProblem(file, 0, 0, key, "connection `" + name + "` is " + c.get().crm() + ", not " + crm,
          "name a connection with `crm: " + crm + "`"));
    }
  }

  static HandoffRunner runner(RevbridgeConfig config, HandoffPlaybook playbook, RoutingPlaybook routing,
      MappingSet mappings, Map<String, CrmConnection> connections, Store store, SyncEngine engine,
      Consumer<String> progress) {
    HandoffConfig h = config.handoff().orElseThrow();
    PlaybookFiles files = config.playbook().map(PlaybookFiles::folder).orElseGet(PlaybookFiles::builtIn);
    CrmConnection hubspot = connections.get(h.from());
    CrmConnection salesforce = connections.get(h.to());
    return new HandoffRunner(store, playbook, routing, SequencesLoader.load(files),
        new HandoffSide(hubspot, mapping(mappings, "hubspot", "contacts")),
        new HandoffSide(salesforce, mapping(mappings, "salesforce", "Lead")),
        new HandoffSide(salesforce, mapping(mappings, "salesforce", "Contact")),
        changes -> {
          engine.ingest(changes);
          engine.processPending();
          engine.drain();
        }, Clock.systemUTC(), progress);
  }

  private static ObjectMapping mapping(MappingSet mappings, String crm, String object) {
    return mappings.forObject(crm, object).orElseThrow(() -> new IllegalStateException(
        "the hand-off needs a mapping file for " + crm + " " + object + " (mappings/" + crm + "/)"));
  }
}
