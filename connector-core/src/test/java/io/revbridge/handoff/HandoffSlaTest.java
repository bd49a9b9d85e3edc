package io.revbridge.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import io.revbridge.routing.PlaybookFiles;
import io.revbridge.routing.RoutingPlaybook;
import io.revbridge.routing.RoutingPlaybookLoader;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.TaskSpec;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.NotificationRow;
import io.revbridge.store.OutboxEntry;
import io.revbridge.store.SlaTimer;
import io.revbridge.store.Store;
import io.revbridge.store.StoreSettings;
import io.revbridge.sync.Json;
import io.revbridge.sync.SlaWatch;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off SLA as real SLA clocks: reminded, breached and escalated by SlaWatch, settled by what sales does. */
class HandoffSlaTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final RecordRef LEAD = new RecordRef("sf", "Lead", "00Q000000000001AAA");
  private static final String OWNER = "005000000000002AAA";

  @TempDir Path tmp;
  private final MovableClock clock = new MovableClock();
  private Store store;
  private HandoffSla sla;
  private SlaWatch watch;
  private HandoffLink link;

  @BeforeEach
  void setUp() {
    store = Store.open(StoreSettings.of("jdbc:h2:file:" + tmp.resolve("db")), clock);
    RoutingPlaybook routing = RoutingPlaybookLoader.load(PlaybookFiles.folder(HandoffPlaybookLoaderTest.SHIPPED));
    HandoffPlaybook playbook = HandoffPlaybookLoader.load(PlaybookFiles.folder(HandoffPlaybookLoaderTest.SHIPPED),
        Set.of("nurture"));
    sla = new HandoffSla(store, routing, playbook);
    watch = new SlaWatch(store, routing, clock);
    link = HandoffLink.crossed("hs", "101", "sf", 85, T0).handedOver("Lead", LEAD.id(), "created",
        "Open - Not Contacted", OWNER, T0, playbook.sla().respond(), playbook.sla().meaningfulContact());
    sla.start(link, LEAD, OWNER);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void sees(String status, String owner) {
    CrmRecord lead = new CrmRecord(LEAD, clock.instant(), Map.of("Status", status, "OwnerId", owner), false);
    store.slas().observeAll(sla.observe(link, lead, clock.instant()));
  }

  private List<TaskSpec> escalationTasks() {
    return store.outbox().due(T0.plus(Duration.ofDays(30)), 100).stream().map(OutboxEntry::payload)
        .map(p -> Json.read(p, TaskSpec.class)).toList();
  }

  @Test
  void noResponseWithinTwoHoursRemindsThenEscalatesOnceWithATaskForTheOwnerAndABreachNotice() {
    clock.at(T0.plus(Duration.ofMinutes(91))); // 75 % of 2 h
    assertThat(watch.check()).isEqualTo(new SlaWatch.Result(1, 0));
    clock.at(T0.plus(Duration.ofMinutes(119)));
    assertThat(watch.check().breaches()).isZero();

    clock.at(T0.plus(Duration.ofMinutes(121)));
    SlaWatch.Result breach = watch.check();

    assertThat(breach.breaches()).isEqualTo(1);
    assertThat(escalationTasks()).singleElement().satisfies(t -> {
      assertThat(t.about()).isEqualTo(LEAD);
      assertThat(t.ownerId()).isEqualTo(OWNER);
      assertThat(t.body()).contains("Marketing handed this lead to you").contains("Response to the hand-off");
    });
    List<NotificationRow> sent = store.notifications().claimDue(clock.instant(), 10, Duration.ofMinutes(1));
    assertThat(sent).extracting(NotificationRow::kind).contains("sla-reminder", "sla-breach");
    assertThat(sent).filteredOn(n -> n.kind().equals("sla-breach")).singleElement()
        .satisfies(n -> assertThat(n.payload()).contains("no response to the hand-off").contains(LEAD.key())
            .doesNotContain("#handoff"));
    // the meaningful-contact clock still runs: 24 h
    assertThat(store.slas().countByStatus()).containsEntry(SlaTimer.BREACHED, 1L).containsEntry(SlaTimer.OPEN, 1L);
    assertThat(watch.check().breaches()).isZero(); // a breach escalates once
  }

  @Test
  void aStatusChangeIsTheResponseButOnlyAnAcceptedStatusIsMeaningfulContact() {
    clock.at(T0.plus(Duration.ofMinutes(30)));
    sees("Attempting Contact", OWNER);
    clock.at(T0.plus(Duration.ofHours(3)));
    assertThat(watch.check().breaches()).isZero();

    clock.at(T0.plus(Duration.ofHours(25)));
    assertThat(watch.check().breaches()).isEqualTo(1);
    assertThat(escalationTasks()).singleElement()
        .satisfies(t -> assertThat(t.body()).contains("Meaningful contact (an accepted status) was not seen"));
  }

  @Test
  void anAcceptedStatusInTimeSettlesBothClocks() {
    clock.at(T0.plus(Duration.ofMinutes(45)));
    sees("Working - Contacted", OWNER);

    clock.at(T0.plus(Duration.ofDays(2)));
    assertThat(watch.check().breaches()).isZero();
    assertThat(store.slas().countByStatus()).containsEntry(SlaTimer.TOUCHED, 2L);
    assertThat(escalationTasks()).isEmpty();
  }

  @Test
  void aPersonGivingTheLeadToAnotherOwnerStopsTheClocks() {
    clock.at(T0.plus(Duration.ofMinutes(10)));
    sees("Open - Not Contacted", "005000000000009AAA");

    clock.at(T0.plus(Duration.ofDays(2)));
    assertThat(watch.check().breaches()).isZero();
    assertThat(store.slas().countByStatus()).containsEntry(SlaTimer.STOPPED, 2L);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = T0;

    void at(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
