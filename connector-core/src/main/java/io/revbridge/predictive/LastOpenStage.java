package io.revbridge.predictive;

import io.revbridge.spi.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The stage a closed deal was in just before it closed, and when it entered it, read from the deal's stage history —
 * what an open deal's stage clock says ("45 days in Negotiation/Review"), so a closed deal in the history can be
 * described as it stood on its close day. Only stages entered before the close count: the close is the first change
 * of the history's final run of closed stages (a deal reopened and closed again closed the second time), or, when the
 * history records no closing, the end of the close day.
 */
record LastOpenStage(String stage, Instant enteredAt) {
  private static final Comparator<StageChange> BY_TIME = Comparator.comparing(StageChange::enteredAt);

  /**
   * @param changes the deal's stage changes in any order (the CRMs do not agree on one)
   * @param closed whether a stage value is a closed one (won or lost)
   * @param closeDay the start of the deal's close day
   * @return empty when no open stage was entered before the close: then the deal has no stage age
   */
  static Optional<LastOpenStage> of(List<StageChange> changes, Predicate<String> closed, Instant closeDay) {
    List<StageChange> sorted = new ArrayList<>(changes);
    sorted.sort(BY_TIME); // stable: changes of one instant keep the CRM's order
    List<StageChange> entered = new ArrayList<>(sorted.size());
    for (StageChange c : sorted) {
      if (c.stage().isBlank()) {
        continue;
      }
      // the same value set again is no new stage: the deal entered it at the first of them
      if (entered.isEmpty() || !same(entered.get(entered.size() - 1).stage(), c.stage())) {
        entered.add(c);
      }
    }
    int firstClosed = entered.size();
    while (firstClosed > 0 && closed.test(entered.get(firstClosed - 1).stage())) {
      firstClosed--;
    }
    Instant close = firstClosed < entered.size() ? entered.get(firstClosed).enteredAt()
        : closeDay.plusSeconds(86_400);
    for (int i = Math.min(firstClosed, entered.size()) - 1; i >= 0; i--) {
      StageChange c = entered.get(i);
      if (!closed.test(c.stage()) && c.enteredAt().isBefore(close)) {
        return Optional.of(new LastOpenStage(c.stage().strip(), c.enteredAt()));
      }
    }
    return Optional.empty();
  }

  private static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }
}
