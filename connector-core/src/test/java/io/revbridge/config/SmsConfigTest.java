package io.revbridge.config;

import static io.revbridge.config.ConfigTesting.MINIMAL;
import static io.revbridge.config.ConfigTesting.load;
import static io.revbridge.config.ConfigTesting.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code notifications.sms}: read with its default base URL, every mistake named by its key. */
class SmsConfigTest {
  static final String SID = "AC0123456789abcdef0123456789abcdef";
  @TempDir Path dir;

  static Map<String, String> env() {
    Map<String, String> env = new HashMap<>(ConfigTesting.ENV);
    env.put("TWILIO_AUTH_TOKEN", "twilio-secret-value");
    return env;
  }

  @Test
  void anSmsAccountIsReadWithTheRealServiceAsDefaultAndTheTokenNeverShown() {
    RevbridgeConfig config = load("notifications:\n  sms:\n    accountSid: " + SID
        + "\n    authToken: ${TWILIO_AUTH_TOKEN}\n    from: \"+14155550100\"\n" + MINIMAL, dir, env());

    NotificationsConfig.SmsConfig sms = config.notifications().sms().orElseThrow();
    assertThat(sms.baseUrl()).isEqualTo("https://api.twilio.com");
    assertThat(sms.from()).isEqualTo("+14155550100");
    assertThat(sms.authToken().reveal()).isEqualTo("twilio-secret-value");
    assertThat(sms.toString()).doesNotContain("twilio-secret-value");
    assertThat(config.notifications().any()).isTrue();
  }

  @Test
  void aSendingNumberNotInE164FormIsRefusedByItsKey() {
    ConfigProblem p = onlyProblem("notifications:\n  sms:\n    accountSid: " + SID
        + "\n    authToken: ${TWILIO_AUTH_TOKEN}\n    from: 0415 555 0100\n" + MINIMAL, dir, env());

    assertThat(p.key()).isEqualTo("notifications.sms.from");
    assertThat(p.fix()).contains("E.164");
  }

  @Test
  void anAccountWithoutItsTokenIsRefused() {
    ConfigProblem p = onlyProblem("notifications:\n  sms:\n    accountSid: " + SID + "\n    from: \"+14155550100\"\n"
        + MINIMAL, dir, env());

    assertThat(p.key()).isEqualTo("notifications.sms.authToken");
    assertThat(p.message()).isEqualTo("is required");
  }

  @Test
  void withoutAnSmsSectionNothingIsTexted() {
    assertThat(load(MINIMAL, dir).notifications().sms()).isEmpty();
  }
}
