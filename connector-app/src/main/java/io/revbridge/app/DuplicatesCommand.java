package io.revbridge.app;

import io.revbridge.config.ConnectionConfig;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.enrichment.matching.DuplicateEvidence;
import io.revbridge.enrichment.matching.MergeSuggestion;
import io.revbridge.mapping.CanonicalKind;
import io.revbridge.mapping.MappingSet;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.mapping.RecordMappingException;
import io.revbridge.model.Person;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.CrmConnection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads the people of each connection (every synced person object, from the start of its change feed, at most
 * {@code --limit} per connection) and prints merge suggestions with their evidence. Reads only: nothing is merged,
 * written or stored; a human (or the CRM's own merge tool) decides.
 */
@Command(mixinStandardHelpOptions = true, name = "duplicates",
    description = "List likely duplicate people (same email, same phone, similar name at one company) with the "
        + "evidence. Never merges anything.")
final class DuplicatesCommand implements Callable<Integer> {
  @ParentCommand RevbridgeMain main;
  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--connection", paramLabel = "NAME", description = "Only this connection (default: all).")
  String connection;

  @Option(names = "--limit", defaultValue = "100000",
      description = "Most people read per connection (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RevbridgeConfig cfg = config.load(main.env());
    if (connection != null && cfg.connection(connection).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no connection named '" + connection
          + "' in " + cfg.source() + "; configured: " + cfg.connections().stream().map(ConnectionConfig::name).toList());
    }
    MappingSet mappings = Revbridge.loadMappings(cfg);
    int suggestions = 0;
    int people = 0;
    try (OpenConnections open = OpenConnections.open(cfg)) {
      for (ConnectionConfig c : cfg.connections()) {
        if (connection != null && !connection.equals(c.name())) {
          continue;
        }
        List<Person> persons = read(open.get(c.name()), c, mappings, out);
        people += persons.size();
        for (MergeSuggestion s : EnrichmentWiring.duplicates(cfg.enrichment()).find(persons)) {
          out.println(s.first().key() + " ~ " + s.second().key() + ": " + s.evidence().stream()
              .map(DuplicatesCommand::describe).collect(Collectors.joining("; ")));
          suggestions++;
        }
      }
    }
    out.printf("duplicates: %d merge suggestions among %d people; nothing was merged%n", suggestions, people);
    return RevbridgeMain.OK;
  }

  private List<Person> read(CrmConnection crm, ConnectionConfig c, MappingSet mappings, PrintWriter out) {
    List<Person> persons = new ArrayList<>();
    int unmappable = 0;
    for (String object : c.objects()) {
      ObjectMapping mapping = mappings.forObject(c.crm(), object).filter(m -> m.canonical() == CanonicalKind.PERSON)
          .orElse(null);
      if (mapping == null) {
        continue;
      }
      String cursor = null;
      ChangePage page;
      do {
        page = crm.changeFeed().poll(object, cursor, mapping.inboundFields());
        for (Change change : page.changes()) {
          if (persons.size() >= limit) {
            out.println(c.name() + ": stopped at --limit " + limit + " people; raise it to compare more");
            return persons;
          }
          if (change.record().isEmpty() || change.record().get().archived()) {
            continue;
          }
          try {
            persons.add(mapping.toPerson(change.record().get()));
          } catch (RecordMappingException e) {
            unmappable++;
          }
        }
        cursor = page.nextCursor();
      } while (page.hasMore());
    }
    if (unmappable > 0) {
      out.println(c.name() + ": " + unmappable + " records could not be mapped and were left out (see `mappings preview`)");
    }
    return persons;
  }

  private static String describe(DuplicateEvidence e) {
    return switch (e.kind()) {
      case SAME_EMAIL -> "same email " + e.detail();
      case SAME_PHONE -> "same phone (" + e.detail() + ")";
      case SIMILAR_NAME_SAME_COMPANY -> "similar name " + e.detail() + " (similarity " + e.similarity() + ")";
    };
  }
}
