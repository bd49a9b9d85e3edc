package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.Activity;
import io.revbridge.model.ActivityDirection;
import io.revbridge.model.ActivityType;
import io.revbridge.model.RecordRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityStoreTest extends StoreContract {
  static final RecordRef JO = new RecordRef("hs", "contacts", "501");
  static final RecordRef DEAL = new RecordRef("hs", "deals", "9001");

  static Activity activity(String id, ActivityType type, String owner, Instant at, boolean completed,
      boolean byRevbridge) {
    return new Activity(new RecordRef("hs", type.name().toLowerCase() + "s", id), type, owner, List.of(JO),
        List.of(DEAL), at, type == ActivityType.TASK ? null : ActivityDirection.OUTBOUND, "COMPLETED", "Intro " + id,
        completed, byRevbridge, at.plusSeconds(60));
  }

  @Test
  void countsPerOwnerAndTypeInAPeriodLeaveRevbridgesOwnTasksOut() {
    store.activities().save(List.of(
        activity("1", ActivityType.CALL, "101", T0, true, false),
        activity("2", ActivityType.CALL, "101", T0.plus(Duration.ofHours(1)), false, false),
        activity("3", ActivityType.EMAIL, "101", T0.plus(Duration.ofHours(2)), true, false),
        activity("4", ActivityType.MEETING, "102", T0.plus(Duration.ofHours(3)), true, false),
        activity("5", ActivityType.TASK, "101", T0.plus(Duration.ofHours(4)), true, true),
        activity("6", ActivityType.CALL, "101", T0.plus(Duration.ofDays(8)), true, false)));

    assertThat(store.activities().countByOwner(T0, T0.plus(Duration.ofDays(7)))).containsExactly(
        new ActivityStore.OwnerCount("hs", "101", ActivityType.CALL, 2, 1),
        new ActivityStore.OwnerCount("hs", "101", ActivityType.EMAIL, 1, 1),
        new ActivityStore.OwnerCount("hs", "102", ActivityType.MEETING, 1, 1));
  }

  @Test
  void touchesOfPeopleAndDealsBeforeATimeLeavePlainTasksRevbridgesOwnAndLaterOnesOut() {
    store.activities().save(List.of(
        activity("1", ActivityType.CALL, "101", T0, true, false),
        activity("2", ActivityType.MEETING, "101", T0.plus(Duration.ofHours(1)), true, false),
        activity("3", ActivityType.TASK, "101", T0.plus(Duration.ofHours(2)), true, false),
        activity("4", ActivityType.EMAIL, "101", T0.plus(Duration.ofHours(3)), true, true),
        activity("5", ActivityType.EMAIL, "101", T0.plus(Duration.ofDays(2)), true, false)));
    Instant before = T0.plus(Duration.ofDays(1));

    List<ActivityStore.Touch> expected = List.of(new ActivityStore.Touch(ActivityType.CALL, T0),
        new ActivityStore.Touch(ActivityType.MEETING, T0.plus(Duration.ofHours(1))));
    assertThat(store.activities().touches(List.of(JO.key(), "hs/contacts/none"), false, before))
        .containsOnlyKeys(JO.key()).containsEntry(JO.key(), expected);
    assertThat(store.activities().touches(List.of(DEAL.key()), true, before)).containsEntry(DEAL.key(), expected);
    assertThat(store.activities().touches(List.of(), true, before)).isEmpty();
  }

  @Test
  void anActivityChangedInTheCrmReplacesItsStoredVersion() {
    store.activities().save(List.of(activity("1", ActivityType.TASK, "101", T0, false, false)));
    store.activities().save(List.of(activity("1", ActivityType.TASK, "102", T0, true, false)));

    assertThat(store.activities().forPerson(JO)).singleElement().satisfies(r -> {
      assertThat(r.ownerId()).isEqualTo("102");
      assertThat(r.completed()).isTrue();
      assertThat(r.dealKey()).isEqualTo("hs/deals/9001");
      assertThat(r.subject()).isEqualTo("Intro 1");
    });
  }

  @Test
  void aLongSubjectIsShortenedNotRefused() {
    Activity a = activity("1", ActivityType.EMAIL, "101", T0, true, false);
    Activity longSubject = new Activity(a.ref(), a.type(), a.ownerId(), a.people(), a.deals(), a.occurredAt(),
        ActivityDirection.INBOUND, a.outcome(), "x".repeat(2000), true, false, a.modifiedAt());

    store.activities().save(List.of(longSubject));

    assertThat(store.activities().forPerson(JO)).singleElement().satisfies(r -> {
      assertThat(r.subject()).hasSize(500).endsWith("…");
      assertThat(r.direction()).isEqualTo("INBOUND");
    });
  }
}
