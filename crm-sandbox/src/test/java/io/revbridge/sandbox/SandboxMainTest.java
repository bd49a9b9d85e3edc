package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxMainTest {

  @Test
  void commandLineFlagsBecomeOptions() {
    SandboxOptions o = SandboxMain.parse(new String[] {"--port", "8089", "--records", "1000", "--seed", "7",
        "--latency-ms", "25", "--burst-per-10s", "100", "--search-per-second", "4"});

    assertThat(o.port()).isEqualTo(8089);
    assertThat(o.contacts()).isEqualTo(1000);
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.latencyMillis()).isEqualTo(25);
    assertThat(o.burstPer10s()).isEqualTo(100);
    assertThat(o.searchPerSecond()).isEqualTo(4);
  }

  @Test
  void badFlagsAreRefusedNamingTheFlag() {
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--records", "many"}))
        .hasMessageContaining("--records");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--colour", "red"})).hasMessageContaining("--colour");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "70000"})).hasMessageContaining("65535");
  }

  @Test
  void optionsNeverPrintTheAccessToken() {
    assertThat(SandboxOptions.defaults().withAccessToken("pat-secret").toString()).doesNotContain("pat-secret");
  }
}
