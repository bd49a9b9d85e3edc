package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.spi.Secret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void passwordParametersOfBothUrlStylesAreMasked() {
    assertThat(Redaction.url("jdbc:h2:file:./data/rb;USER=sa;Password=pw1;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:file:./data/rb;USER=sa;Password=****;MODE=PostgreSQL");
    assertThat(Redaction.url("jdbc:postgresql://db/rb?user=rb&password=pw2&sslpassword=pw3"))
        .isEqualTo("jdbc:postgresql://db/rb?user=rb&password=****&sslpassword=****");
  }

  @Test
  void aPasswordEchoedInADriverMessageIsMaskedWhereverItAppears() {
    StoreSettings settings = new StoreSettings("jdbc:postgresql://db/rb?password=pw2",
        Optional.of("rb"), Optional.of(Secret.of("s3cret")));

    assertThat(Redaction.text("login with s3cret failed; also tried pw2", settings))
        .isEqualTo("login with **** failed; also tried ****");
  }

  @Test
  void aCauseQuotingAPasswordIsNotAttached() {
    StoreSettings settings = new StoreSettings("jdbc:postgresql://db/rb", Optional.empty(),
        Optional.of(Secret.of("s3cret")));
    RuntimeException leaky = new RuntimeException("wrap", new IllegalStateException("bad s3cret"));
    RuntimeException clean = new RuntimeException("wrap", new IllegalStateException("refused"));

    assertThat(Redaction.safeCause(leaky, settings)).isNull();
    assertThat(Redaction.safeCause(clean, settings)).isSameAs(clean);
  }
}
