package io.revbridge.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.HandoffLink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffReportTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static HandoffLink handed(String id) {
    return HandoffLink.crossed("hs", id, "sf", 80, T0).handedOver("Lead", "00Q" + id, "created", "Open", "005", T0,
        Duration.ofHours(2), Duration.ofHours(24));
  }

  @Test
  void conversionAcceptanceResponseTimesAndReasonsComeFromTheLinks() {
    List<HandoffLink> links = List.of(
        handed("1").observed(HandoffLink.ACCEPTED, "Working", null, T0.plus(Duration.ofMinutes(30)),
            T0.plus(Duration.ofMinutes(30)), null, null, null),
        handed("2").observed(HandoffLink.REJECTED, "Closed", "No budget", T0.plus(Duration.ofHours(3)), null,
            T0.plus(Duration.ofHours(3)), null, null),
        handed("3"),
        HandoffLink.crossed("hs", "4", "sf", 80, T0).withStatus(HandoffLink.SKIPPED, "free-mail address gmail.com"));

    HandoffReport r = HandoffReport.of(links, T0, T0.plus(Duration.ofHours(5)));

    assertThat(r.mqls()).isEqualTo(4);
    assertThat(r.handedOver()).isEqualTo(3);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.sqls()).isEqualTo(1);
    assertThat(r.mqlToSql()).isEqualTo(0.25);
    assertThat(r.acceptedRate()).isEqualTo(0.5);
    assertThat(r.responded()).isEqualTo(2);
    assertThat(r.respondedInSla()).isEqualTo(1);
    assertThat(r.overdue()).isEqualTo(1);
    assertThat(r.medianResponseMinutes()).isEqualTo(30);
    assertThat(r.contactedInSla()).isEqualTo(1);
    assertThat(r.rejectionReasons()).containsEntry("No budget", 1);
    assertThat(r.lines()).anyMatch(l -> l.contains("MQL → SQL conversion: 25.0%"));
  }

  @Test
  void nothingToDivideByShowsNoShare() {
    HandoffReport r = HandoffReport.of(List.of(), T0, T0);

    assertThat(r.mqlToSql()).isNull();
    assertThat(r.lines()).anyMatch(l -> l.contains("conversion: -"));
  }
}
