package io.revbridge.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.revbridge.config.RevbridgeConfig;
import io.revbridge.forecast.DealForecaster;
import io.revbridge.mapping.MappingSet;
import io.revbridge.playbook.Playbook;
import io.revbridge.predictive.DealFeatures;
import io.revbridge.predictive.HistoryReader;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.store.Store;
import io.revbridge.sync.EnrichmentStage;
import java.time.Clock;
import java.util.function.Consumer;

/** The history reader of {@code score train} and {@code score evaluate}, enriching as the pipeline does. */
final class PredictiveWiring {
  private PredictiveWiring() {}

  static HistoryReader historyReader(RevbridgeConfig cfg, MappingSet mappings, Playbook playbook, Store store,
      Consumer<String> warnings) {
    EnrichmentStage enrichment = EnrichmentWiring.stage(cfg.enrichment(), store.enrichmentCache(),
        new SimpleMeterRegistry(), Clock.systemUTC(), warnings);
    return new HistoryReader(mappings, enrichment.waterfall(), new LeadScorer(playbook.lead()),
        new DealForecaster(playbook.forecast()), playbook.predictive().outcomes(), DealFeatures.defaults());
  }
}
