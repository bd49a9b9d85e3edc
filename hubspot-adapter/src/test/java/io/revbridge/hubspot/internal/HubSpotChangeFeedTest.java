package io.revbridge.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HubSpotChangeFeedTest {
  static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

  final FakeHubSpotSearch hubSpot = new FakeHubSpotSearch(HubSpotObjectType.CONTACTS);
  final HubSpotChangeFeed feed = new HubSpotChangeFeed("hs", hubSpot);

  /** Polls until the feed says it is caught up; {@code beforePoll} may change the portal mid-sync. */
  List<Change> pollToTheEnd(String cursor, IntConsumer beforePoll) {
    List<Change> all = new ArrayList<>();
    long lastWatermark = -1;
    for (int poll = 0; poll < 10_000; poll++) {
      beforePoll.accept(poll);
      ChangePage page = feed.poll("contacts", cursor, Set.of("email"));
      all.addAll(page.changes());
      long watermark = HubSpotCursor.decode(page.nextCursor()).ts();
      assertThat(watermark).as("cursor never moves backwards").isGreaterThanOrEqualTo(lastWatermark);
      lastWatermark = watermark;
      cursor = page.nextCursor();
      if (!page.hasMore()) {
        lastCursor = cursor;
        return all;
      }
    }
    throw new AssertionError("the feed never caught up");
  }

  String lastCursor;

  static Map<String, Long> timesEmitted(List<Change> changes) {
    return changes.stream().collect(Collectors.groupingBy(c -> c.ref().id(), Collectors.counting()));
  }

  @Test
  void hundredThousandRecordBackfillReadsEveryRecordExactlyOnce() {
    Random random = new Random(42);
    for (long id = 1; id <= 100_000; id++) {
      long ts = id <= 200 ? T0 + 40_000 // exactly one page's worth share a time
          : random.nextInt(100) < 30 ? T0 + 20_000 // a bulk edit stamped ~30,000 records with one time
          : T0 + random.nextInt(60_000); // natural ties of a few records per millisecond
      hubSpot.put(id, ts);
    }

    List<Change> changes = pollToTheEnd(null, poll -> {});

    Map<String, Long> counts = timesEmitted(changes);
    assertThat(counts).hasSize(100_000);
    assertThat(counts.values()).allMatch(n -> n == 1L);
    assertThat(hubSpot.requests()).allMatch(r -> r.limit() == HubSpotChangeFeed.PAGE_SIZE);
    assertThat(hubSpot.requests().size()).isLessThan(100_000 / 200 + 100);
  }

  @Test
  void tiesBeyondOnePageAreDrainedById() {
    LongStream.rangeClosed(1, 10).forEach(id -> hubSpot.put(id, T0 + id));
    LongStream.rangeClosed(11, 460).forEach(id -> hubSpot.put(id, T0 + 100));
    LongStream.rangeClosed(461, 470).forEach(id -> hubSpot.put(id, T0 + 200 + id));

    List<Change> changes = pollToTheEnd(null, poll -> {});

    assertThat(timesEmitted(changes)).hasSize(470).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
    assertThat(hubSpot.requests())
        .anySatisfy(r -> {
          assertThat(r.sortProperty()).isEqualTo("hs_object_id");
          assertThat(r.filters()).contains(
              new HubSpotSearchRequest.Filter("lastmodifieddate", "EQ", Long.toString(T0 + 100)));
        });
  }

  @Test
  void drainingCursorCarriesTheLastIdAndOnlyTheIdsStillAhead() {
    LongStream.rangeClosed(1, 450).forEach(id -> hubSpot.put(id, T0));

    ChangePage sweep = feed.poll("contacts", null, Set.of());
    ChangePage drain = feed.poll("contacts", sweep.nextCursor(), Set.of());
    HubSpotCursor cursor = HubSpotCursor.decode(drain.nextCursor());

    assertThat(drain.hasMore()).isTrue();
    assertThat(cursor.draining()).isTrue();
    assertThat(cursor.ts()).isEqualTo(T0);
    assertThat(cursor.afterId()).isEqualTo("200");
    assertThat(cursor.ids()).allMatch(id -> Long.parseLong(id) > 200);
    List<String> firstTwoPages = new ArrayList<>();
    sweep.changes().forEach(c -> firstTwoPages.add(c.ref().id()));
    drain.changes().forEach(c -> firstTwoPages.add(c.ref().id()));
    assertThat(firstTwoPages).doesNotHaveDuplicates()
        .containsAll(LongStream.rangeClosed(1, 200).mapToObj(Long::toString).toList());
  }

  @Test
  void recordModifiedMidBackfillIsNotSkipped() {
    LongStream.rangeClosed(1, 1000).forEach(id -> hubSpot.put(id, T0 + id * 10));

    List<Change> changes = pollToTheEnd(null, poll -> {
      if (poll == 2) { // 400 emitted so far: move one already read and one not yet read to "now"
        hubSpot.put(5, T0 + 50_000);
        hubSpot.put(700, T0 + 60_000);
      }
    });

    Map<String, Long> counts = timesEmitted(changes);
    assertThat(counts).hasSize(1000);
    assertThat(counts).containsEntry("5", 2L).containsEntry("700", 1L);
    assertThat(counts.entrySet()).filteredOn(e -> !e.getKey().equals("5")).allMatch(e -> e.getValue() == 1L);
    assertThat(changes).filteredOn(c -> c.ref().id().equals("700")).singleElement()
        .extracting(Change::occurredAt).isEqualTo(Instant.ofEpochMilli(T0 + 60_000));
  }

  @Test
  void recordsAtTheWatermarkAreNotEmittedTwice() {
    LongStream.rangeClosed(1, 5).forEach(id -> hubSpot.put(id, T0));

    pollToTheEnd(null, poll -> {});
    ChangePage again = feed.poll("contacts", lastCursor, Set.of("email"));

    assertThat(again.changes()).isEmpty();
    assertThat(again.hasMore()).isFalse();
    assertThat(again.nextCursor()).isEqualTo(lastCursor);
  }

  @Test
  void aRecordAppearingLateAtTheWatermarkIsStillEmitted() {
    LongStream.rangeClosed(1, 3).forEach(id -> hubSpot.put(id, T0));
    pollToTheEnd(null, poll -> {});

    hubSpot.put(99, T0); // search indexing lag: same timestamp, visible only now
    List<Change> changes = pollToTheEnd(lastCursor, poll -> {});

    assertThat(changes).extracting(c -> c.ref().id()).containsExactly("99");
  }

  @Test
  void polledChangesCarryTheRecordWithItsModifiedTime() {
    hubSpot.put(7, T0 + 123);

    Change change = feed.poll("contacts", null, Set.of("email")).changes().get(0);

    assertThat(change.record()).hasValueSatisfying(r -> {
      assertThat(r.modifiedAt()).isEqualTo(Instant.ofEpochMilli(T0 + 123));
      assertThat(r.field("email")).isEqualTo("person7@example.com");
    });
    assertThat(change.eventKey()).isEqualTo("poll:" + (T0 + 123) + ":hs/contacts/7");
  }

  @Test
  void cursorIsCompactJson() {
    hubSpot.put(7, T0);

    String cursor = feed.poll("contacts", null, Set.of()).nextCursor();

    assertThat(cursor).isEqualTo("{\"ts\":" + T0 + ",\"ids\":[\"7\"]}");
  }

  @Test
  void aCursorThisAdapterDidNotWriteIsRejectedWithAdvice() {
    assertThatThrownBy(() -> feed.poll("contacts", "page=3", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a HubSpot change-feed cursor")
        .hasMessageContaining("reset");
  }

  @Test
  void unsupportedObjectTypeNamesTheSupportedOnes() {
    assertThatThrownBy(() -> feed.poll("tickets", null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contacts, companies, deals");
  }

  @Test
  void searchThatIgnoresItsFiltersStopsTheFeedInsteadOfLooping() {
    List<HubSpotObject> stale = LongStream.rangeClosed(1, 200)
        .mapToObj(id -> new HubSpotObject(Long.toString(id),
            Map.of("lastmodifieddate", Instant.ofEpochMilli(T0).toString()), false, null))
        .toList();
    HubSpotChangeFeed overBrokenSearch = new HubSpotChangeFeed("hs", (type, request) -> stale);

    assertThatThrownBy(() -> overBrokenSearch.poll("contacts", "{\"ts\":" + (T0 + 1) + ",\"ids\":[]}", Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot advance");
  }

  @Test
  void companiesAndDealsAreSortedByHsLastModifiedDate() {
    FakeHubSpotSearch deals = new FakeHubSpotSearch(HubSpotObjectType.DEALS);
    deals.put(1, T0);

    new HubSpotChangeFeed("hs", deals).poll("deals", null, Set.of("amount"));

    assertThat(deals.requests().get(0).sortProperty()).isEqualTo("hs_lastmodifieddate");
    assertThat(deals.requests().get(0).properties()).containsExactly("amount", "hs_lastmodifieddate", "hs_object_id");
  }

}
