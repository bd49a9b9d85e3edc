package io.revbridge.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotOptionsTest {
  @Test
  void noOptionsMeansTheDefaults() {
    assertThat(HubSpotOptions.parse("hs", Map.of()))
        .isEqualTo(new HubSpotOptions(100, 4, 5, Duration.ofSeconds(30), null))
        .isEqualTo(HubSpotOptions.defaults());
  }

  @Test
  void givenOptionsAreUsed() {
    assertThat(HubSpotOptions.parse("hs", Map.of(
            "burstPer10s", "190", "searchPerSecond", "5", "maxRetries", "0", "timeoutSeconds", " 10 ")))
        .isEqualTo(new HubSpotOptions(190, 5, 0, Duration.ofSeconds(10), null));
  }

  @Test
  void notANumberIsRejectedNamingConnectionKeyRangeAndValue() {
    assertThatThrownBy(() -> HubSpotOptions.parse("hs", Map.of("burstPer10s", "lots")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connection 'hs': option burstPer10s must be a whole number from 2 to 1000"
            + " (default 100), got 'lots'");
  }

  @Test
  void outOfRangeValueIsRejected() {
    assertThatThrownBy(() -> HubSpotOptions.parse("hs", Map.of("timeoutSeconds", "0")))
        .hasMessageContaining("timeoutSeconds must be a whole number from 1 to 300");
    assertThatThrownBy(() -> HubSpotOptions.parse("hs", Map.of("maxRetries", "11")))
        .hasMessageContaining("maxRetries must be a whole number from 0 to 10");
  }

  @Test
  void misspelledKeyIsRejectedListingTheRealOnes() {
    assertThatThrownBy(() -> HubSpotOptions.parse("hs", Map.of("burstPer10S", "100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connection 'hs': unknown HubSpot option(s) [burstPer10S]; the options are"
            + " [burstPer10s, searchPerSecond, maxRetries, timeoutSeconds, oauthTokenFile]");
  }
}
