package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldValuesTest {

  @Test
  void aTimeTheCrmShortenedToMillisecondsIsTheSameTime() {
    assertThat(FieldValues.same("2026-11-27T21:28:00.123456Z", "2026-11-27T21:28:00.123Z")).isTrue();
    assertThat(FieldValues.same("2026-11-27T21:28:00.123456Z", "2026-11-27T21:28:00.124Z")).isFalse();
  }

  @Test
  void numbersCompareByValueAndBlankEqualsAbsent() {
    assertThat(FieldValues.same("82", "82.0")).isTrue();
    assertThat(FieldValues.same("", null)).isTrue();
    assertThat(FieldValues.same("HOT", "WARM")).isFalse();
  }
}
