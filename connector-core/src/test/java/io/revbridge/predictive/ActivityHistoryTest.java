package io.revbridge.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import io.revbridge.spi.ActivityFeed;
import io.revbridge.spi.ActivityPage;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmConnection;
import io.revbridge.store.ActivityStore.Touch;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityHistoryTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
  private static final RecordRef JO = new RecordRef("hs", "contacts", "501");
  private static final RecordRef DEAL = new RecordRef("hs", "deals", "9001");

  private static Activity activity(String id, ActivityType type, Instant at, boolean byRevbridge) {
    return new Activity(new RecordRef("hs", "calls", id), type, "101", List.of(JO), List.of(DEAL), at, null, null,
        null, true, byRevbridge, at);
  }

  /** A connection whose only working part is an activity feed serving the pages in order (cursor: page number). */
  private static CrmConnection connection(List<String> objects, Map<String, List<ActivityPage>> pages) {
    ActivityFeed feed = new ActivityFeed() {
      @Override
      public List<String> objectTypes() {
        return objects;
      }

      @Override
      public ActivityPage poll(String objectType, String cursor) {
        if (!pages.containsKey(objectType)) {
          throw new ConnectionCrmException("MISSING_SCOPE", "missing scope crm.objects.meetings.read", null);
        }
        return pages.get(objectType).get(cursor == null ? 0 : Integer.parseInt(cursor));
      }
    };
    return (CrmConnection) Proxy.newProxyInstance(CrmConnection.class.getClassLoader(),
        new Class<?>[] {CrmConnection.class}, (proxy, method, args) -> {
          if (method.getName().equals("activities")) {
            return feed;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void readsPastAHeldBackPageAndCountsTheNewestVersionLeavingPlainAndRevbridgeTasksOut() {
    List<ActivityPage> calls = List.of(
        new ActivityPage(List.of(activity("1", ActivityType.CALL, T, false)), "1", false, true),
        new ActivityPage(List.of(activity("1", ActivityType.MEETING, T.plusSeconds(60), false),
            activity("2", ActivityType.TASK, T, false), activity("3", ActivityType.EMAIL, T, true),
            activity("4", ActivityType.EMAIL, T.plusSeconds(120), false)), "2", false));
    List<String> progress = new ArrayList<>();

    Optional<ActivityHistory.Touches> touches = ActivityHistory.read(connection(List.of("calls"),
        Map.of("calls", calls)), progress::add);

    List<Touch> expected = List.of(new Touch(ActivityType.MEETING, T.plusSeconds(60)),
        new Touch(ActivityType.EMAIL, T.plusSeconds(120)));
    assertThat(touches).hasValueSatisfying(t -> {
      assertThat(t.person(JO)).isEqualTo(expected);
      assertThat(t.deal(DEAL)).isEqualTo(expected);
      assertThat(t.person(new RecordRef("hs", "contacts", "other"))).isEmpty();
    });
    assertThat(progress).containsExactly("activities: 4 read (calls)");
  }

  @Test
  void anActivityObjectThatCannotBeReadMeansNoActivityFeaturesRatherThanZeros() {
    List<String> progress = new ArrayList<>();

    Optional<ActivityHistory.Touches> touches = ActivityHistory.read(connection(List.of("calls", "meetings"),
        Map.of("calls", List.of(new ActivityPage(List.of(), "1", false)))), progress::add);

    assertThat(touches).isEmpty();
    assertThat(progress).singleElement().asString().contains("meetings could not be read")
        .contains("missing scope").contains("trained without activity features");
  }

  @Test
  void aConnectionThatReadsNoActivitiesGivesNone() {
    assertThat(ActivityHistory.read(connection(List.of(), Map.of()), s -> {})).isEmpty();
  }
}
