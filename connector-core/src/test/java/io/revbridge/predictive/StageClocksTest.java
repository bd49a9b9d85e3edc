package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Deal;
import io.revbridge.model.DealSignals;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.RetryableCrmException;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageClocksTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  private static Deal deal(String id, String stage, Instant stageEnteredAt) {
    return new Deal(new RecordRef("hs", "deals", id), T, "Deal " + id, null, stage, "default", null, null, null, null,
        null, DealSignals.NONE.withStageEnteredAt(stageEnteredAt));
  }

  private static CrmConnection connection(StageHistory history) {
    return (CrmConnection) Proxy.newProxyInstance(CrmConnection.class.getClassLoader(),
        new Class<?>[] {CrmConnection.class}, (proxy, method, args) -> {
          if (method.getName().equals("stageHistory")) {
            return history;
          }
          throw new UnsupportedOperationException(method.getName());
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
        if (byId == null) {
          throw new RetryableCrmException("TEN_SECONDLY_ROLLING", "rate limited", null, null);
        }
        return byId;
      }
    };
  }

  @Test
  void anOpenDealWithoutAStageClockGetsTheTimeItEnteredTheStageItIsInAndOnlyThoseAreAskedFor() {
    List<List<String>> asked = new ArrayList<>();
    StageHistory history = history(Map.of(
        "1", List.of(new StageChange("contractsent", T.minusSeconds(50)), new StageChange("contractsent", T),
            new StageChange("qualifiedtobuy", T.minusSeconds(900)), new StageChange("contractsent", T.minusSeconds(100))),
        "2", List.of(new StageChange("qualifiedtobuy", T.minusSeconds(900)))), asked);

    List<Deal> filled = StageClocks.fill(connection(history), "deals", List.of(deal("1", "contractsent", null),
        deal("2", "contractsent", null), deal("3", "contractsent", T.minusSeconds(5))));

    assertThat(filled).extracting(d -> d.signals().stageEnteredAt())
        .containsExactly(T.minusSeconds(100), null, T.minusSeconds(5));
    assertThat(asked).containsExactly(List.of("1", "2"));
  }

  @Test
  void aHistoryThatCannotBeReadLeavesTheDealsAsTheyWere() {
    List<Deal> deals = List.of(deal("1", "contractsent", null));

    assertThat(StageClocks.fill(connection(history(null, new ArrayList<>())), "deals", deals)).isEqualTo(deals);
    assertThat(StageClocks.fill(connection(StageHistory.NONE), "deals", deals)).isEqualTo(deals);
  }
}
