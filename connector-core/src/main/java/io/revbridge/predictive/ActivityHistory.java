package io.revbridge.predictive;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ActivityPage;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.CrmException;
import io.revbridge.store.ActivityStore.Touch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A connection's calls, emails and meetings for training, read through its activity feed from the start (the same
 * adapter calls the sync's activity reading makes) and kept as the store keeps them: by the first person and the
 * first deal each concerns, Revbridge's own tasks and plain tasks left out. So the history's activity features are
 * counted like the ones serving reads from the store.
 */
final class ActivityHistory {
  /** Each person's and each deal's touches, by {@link RecordRef#key()}. */
  record Touches(Map<String, List<Touch>> byPerson, Map<String, List<Touch>> byDeal) {
    List<Touch> person(RecordRef ref) {
      return byPerson.getOrDefault(ref.key(), List.of());
    }

    List<Touch> deal(RecordRef ref) {
      return byDeal.getOrDefault(ref.key(), List.of());
    }
  }

  private ActivityHistory() {}

  /**
   * @return empty when the connection reads no activities, or one of its activity objects cannot be read (a
   *     missing scope): then no record gets activity features, rather than counts of zero that are not true
   */
  static Optional<Touches> read(CrmConnection connection, Consumer<String> progress) {
    ActivityFeed feed = connection.activities();
    if (feed.objectTypes().isEmpty()) {
      return Optional.empty();
    }
    Map<RecordRef, Activity> latest = new LinkedHashMap<>();
    for (String object : feed.objectTypes()) {
      String cursor = null;
      ActivityPage page;
      try {
        do {
          page = feed.poll(object, cursor);
          for (Activity a : page.activities()) {
            latest.put(a.ref(), a); // a changed activity comes again: the newest version counts
          }
          cursor = page.nextCursor();
          // read on past a page held back to spare the API allowance: counts from part of them would lie
        } while (page.continues());
      } catch (CrmException e) {
        progress.accept("activities: " + object + " could not be read (" + e.getMessage()
            + "); the model is trained without activity features");
        return Optional.empty();
      }
    }
    Map<String, List<Touch>> byPerson = new HashMap<>();
    Map<String, List<Touch>> byDeal = new HashMap<>();
    for (Activity a : latest.values()) {
      if (a.byRevbridge() || a.type() == ActivityType.TASK) {
        continue;
      }
      Touch t = new Touch(a.type(), a.occurredAt());
      if (!a.people().isEmpty()) {
        byPerson.computeIfAbsent(a.people().get(0).key(), k -> new ArrayList<>()).add(t);
      }
      if (!a.deals().isEmpty()) {
        byDeal.computeIfAbsent(a.deals().get(0).key(), k -> new ArrayList<>()).add(t);
      }
    }
    progress.accept("activities: " + latest.size() + " read (" + String.join(", ", feed.objectTypes()) + ")");
    return Optional.of(new Touches(byPerson, byDeal));
  }
}
