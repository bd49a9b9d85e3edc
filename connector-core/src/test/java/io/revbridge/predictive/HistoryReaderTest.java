package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.FailureCounter;
import io.revbridge.enrichment.InMemoryEnrichmentCache;
import io.revbridge.enrichment.Waterfall;
import io.revbridge.enrichment.builtin.BuiltInProviders;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.forecast.ForecastModel;
import io.revbridge.mapping.MappingLoader;
import io.revbridge.mapping.MappingSource;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangeFeed;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {
  private static final Instant CLOSED = Instant.parse("2026-05-01T15:00:00Z");

  private final HistoryReader reader = new HistoryReader(
      MappingLoader.load(MappingSource.folder(Path.of("..", "mappings"))),
      new Waterfall(BuiltInProviders.defaults(), new InMemoryEnrichmentCache(), FailureCounter.NONE,
          java.time.Clock.systemUTC()),
      LeadScorer.withDefaults(), new DealForecaster(ForecastModel.defaults()), LeadOutcomes.defaults(),
      DealFeatures.defaults());

  /** A HubSpot deal closed lost on 2026-05-01, opened on 2026-01-10; the deals differ only in their history. */
  private static CrmRecord deal(String id) {
    return new CrmRecord(new RecordRef("hs", "deals", id), CLOSED, Map.of("dealname", "Deal " + id,
        "amount", "30000", "dealstage", "closedlost", "pipeline", "default", "closedate", "2026-05-01T00:00:00.000Z",
        "createdate", "2026-01-10T09:00:00.000Z"), false);
  }

  /** A connection whose change feed holds the deals and whose stage history is {@code history}. */
  private static CrmConnection connection(List<CrmRecord> deals, StageHistory history) {
    ChangeFeed feed = (objectType, cursor, fields) ->
        new ChangePage(deals.stream().map(Change::polled).toList(), "end", false);
    return (CrmConnection) Proxy.newProxyInstance(CrmConnection.class.getClassLoader(),
        new Class<?>[] {CrmConnection.class}, (proxy, method, args) -> switch (method.getName()) {
          case "changeFeed" -> feed;
          case "activities" -> ActivityFeed.NONE;
          case "stageHistory" -> history;
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private static StageHistory history(Map<String, List<StageChange>> byId, List<List<String>> asked) {
    return new StageHistory() {
      @Override
      public List<String> objectTypes() {
        return List.of("deals");
      }

      @Override
      public Map<String, List<StageChange>> read(String objectType, List<String> ids) {
        asked.add(ids);
        return byId.entrySet().stream().filter(e -> ids.contains(e.getKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      }
    };
  }

  private static StageChange change(String stage, String at) {
    return new StageChange(stage, Instant.parse(at));
  }

  private static Optional<Feature> stageAge(Example e) {
    return e.features().stream().filter(f -> f.group().equals("stagedays")).findFirst();
  }

  private Map<String, Example> read(CrmConnection connection, List<String> progress) {
    return reader.read(PredictedObject.DEALS, connection, "hubspot", List.of("deals"), Optional.empty(),
            progress::add).examples().stream().collect(Collectors.toMap(Example::recordId, e -> e));
  }

  @Test
  void closedDealsGetTheDaysTheySpentInTheirLastOpenStageAndTheRulesSeeThatStage() {
    List<List<String>> asked = new ArrayList<>();
    StageHistory history = history(Map.of(
        "1", List.of(change("closedlost", "2026-05-01T15:00:00Z"), change("decisionmakerboughtin", "2026-03-10T10:00:00Z"),
            change("appointmentscheduled", "2026-01-10T09:00:00Z")),
        "2", List.of(change("appointmentscheduled", "2026-01-10T09:00:00Z"),
            change("qualifiedtobuy", "2026-04-25T10:00:00Z"), change("closedlost", "2026-05-01T15:00:00Z")),
        "3", List.of(change("closedlost", "2026-05-01T15:00:00Z"))), asked);
    List<String> progress = new ArrayList<>();

    Map<String, Example> examples = read(connection(List.of(deal("1"), deal("2"), deal("3"), deal("4")), history),
        progress);

    assertThat(stageAge(examples.get("1"))).contains(new Feature("stagedays:45+", "52 days in decisionmakerboughtin"));
    assertThat(stageAge(examples.get("2"))).contains(new Feature("stagedays:<14", "6 days in qualifiedtobuy"));
    assertThat(stageAge(examples.get("3"))).as("only closed stages recorded").isEmpty();
    assertThat(stageAge(examples.get("4"))).as("no history").isEmpty();
    assertThat(examples.get("1").ruleProbability()).as("Negotiation's base instead of the first stage's")
        .isGreaterThan(examples.get("4").ruleProbability());
    assertThat(examples.get("2").ruleProbability()).as("Discovery's base instead of the first stage's")
        .isGreaterThan(examples.get("4").ruleProbability())
        .isLessThan(examples.get("1").ruleProbability());
    assertThat(asked).containsExactly(List.of("1", "2", "3", "4"));
    assertThat(progress).contains("stage history: 2 of 4 closed deals with the open stage they closed from");
  }

  @Test
  void aStageHistoryThatCannotBeReadMeansNoStageAgesRatherThanSome() {
    StageHistory failing = new StageHistory() {
      @Override
      public List<String> objectTypes() {
        return List.of("deals");
      }

      @Override
      public Map<String, List<StageChange>> read(String objectType, List<String> ids) {
        throw new ConnectionCrmException("MISSING_SCOPES", "missing scope crm.objects.deals.read", null);
      }
    };
    List<String> progress = new ArrayList<>();

    Map<String, Example> examples = read(connection(List.of(deal("1"), deal("2")), failing), progress);

    assertThat(examples.values()).hasSize(2).allSatisfy(e -> assertThat(stageAge(e)).isEmpty());
    assertThat(progress).anySatisfy(p -> assertThat(p).startsWith("stage history: deals could not be read")
        .contains("missing scope").endsWith("the model is trained without stage ages"));
  }

  @Test
  void aConnectionWithoutStageHistoryKeepsTheClosedDealsWithoutStageAges() {
    Map<String, Example> examples = read(connection(List.of(deal("1")), StageHistory.NONE), new ArrayList<>());

    assertThat(stageAge(examples.get("1"))).isEmpty();
  }
}
