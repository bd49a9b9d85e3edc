package io.revbridge.predictive;

import io.revbridge.model.Deal;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.StageChange;
import io.revbridge.spi.StageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When open deals entered the stage they are in, read from the connection's stage history, for the deals whose record
 * does not say (HubSpot keeps a stage's entry time only per stage, which no mapping line can name). Serving then gives
 * them the stage age a deal model learned from the history. Reads only; used once per batch, only while a deal model
 * serves.
 */
public final class StageClocks {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StageClocks.class);

  private StageClocks() {}

  /**
   * The deals with their stage clock set where the record had none and the history knows it; the others as given.
   * A history that cannot be read leaves every deal as given (logged once per batch): a score without a stage age
   * rather than no score.
   */
  public static List<Deal> fill(CrmConnection connection, String objectType, List<Deal> deals) {
    StageHistory history = connection.stageHistory();
    List<String> ids = deals.stream().filter(d -> d.signals().stageEnteredAt() == null && d.stage() != null
        && !d.stage().isBlank()).map(d -> d.ref().id()).distinct().toList();
    if (ids.isEmpty() || !history.objectTypes().contains(objectType)) {
      return deals;
    }
    Map<String, List<StageChange>> changes;
    try {
      changes = history.read(objectType, ids);
    } catch (CrmException e) {
      LOG.warn("the stage history of {} {} could not be read ({}); they are scored without a stage age", ids.size(),
          objectType, e.getMessage());
      return deals;
    }
    List<Deal> out = new ArrayList<>(deals.size());
    for (Deal d : deals) {
      Optional<Instant> entered = d.signals().stageEnteredAt() != null || d.stage() == null ? Optional.empty()
          : enteredCurrent(changes.getOrDefault(d.ref().id(), List.of()), d.stage());
      out.add(entered.map(at -> new Deal(d.ref(), d.modifiedAt(), d.name(), d.amount(), d.stage(), d.pipeline(),
          d.closeDate(), d.stageProbability(), d.ownerId(), d.companyRef(), d.contactRef(),
          d.signals().withStageEnteredAt(at))).orElse(d));
    }
    return out;
  }

  /**
   * When the deal entered {@code current}: the first change of the history's final run of that stage; empty when the
   * history's latest stage is another one (the history lags the record, or the record was read before a change).
   */
  static Optional<Instant> enteredCurrent(List<StageChange> changes, String current) {
    List<StageChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(StageChange::enteredAt));
    Instant entered = null;
    for (int i = sorted.size() - 1; i >= 0 && same(sorted.get(i).stage(), current); i--) {
      entered = sorted.get(i).enteredAt();
    }
    return Optional.ofNullable(entered);
  }

  private static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }
}
