package io.revbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final LocalDate TODAY = LocalDate.parse("2026-11-28");

  @Test
  void aMonthAndItsPreviousMonthAcrossTheYear() {
    Period january = Period.parse("2026-01", TODAY);

    assertThat(january.start()).isEqualTo(LocalDate.parse("2026-01-01"));
    assertThat(january.previous().label()).isEqualTo("2025-12");
    assertThat(january.contains(LocalDate.parse("2026-01-31"))).isTrue();
    assertThat(january.contains(LocalDate.parse("2026-02-01"))).isFalse();
  }

  @Test
  void aQuarterCountsThreeMonthsOfTargetsAndFollowsTheLastQuarter() {
    Period q1 = Period.parse("2026-Q1", TODAY);

    assertThat(q1.months()).isEqualTo(3);
    assertThat(q1.endExclusive()).isEqualTo(LocalDate.parse("2026-04-01"));
    assertThat(q1.previous().label()).isEqualTo("2025-Q4");
  }

  @Test
  void somethingElseMeansThisMonth() {
    assertThat(Period.parse("2026-13", TODAY).label()).isEqualTo("2026-11");
    assertThat(Period.parse("<b>", TODAY).label()).isEqualTo("2026-11");
    assertThat(Period.parse(null, TODAY).label()).isEqualTo("2026-11");
  }
}
