package io.revbridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpanderTest {
  private final EnvExpander env = new EnvExpander(Map.of("HOST", "sandbox", "EMPTY", "", "PORT", "8089"));

  @Test
  void referencesAnywhereInAValueAreExpanded() throws BadValue {
    assertThat(env.expand("http://${HOST}:${PORT}/api", "value")).isEqualTo("http://sandbox:8089/api");
  }

  @Test
  void defaultAppliesWhenTheVariableIsUnsetOrEmpty() throws BadValue {
    assertThat(env.expand("${MISSING:-a}-${EMPTY:-b}-${HOST:-c}", "value")).isEqualTo("a-b-sandbox");
  }

  @Test
  void emptyDefaultIsAllowed() throws BadValue {
    assertThat(env.expand("x${MISSING:-}y", "value")).isEqualTo("xy");
  }

  @Test
  void environmentValuesAreNotExpandedAgain() throws BadValue {
    EnvExpander nested = new EnvExpander(Map.of("A", "${B}", "B", "b"));

    assertThat(nested.expand("${A}", "value")).isEqualTo("${B}");
  }

  @Test
  void doubledDollarIsALiteral() throws BadValue {
    assertThat(env.expand("$${HOST} costs $5", "value")).isEqualTo("${HOST} costs $5");
  }

  @Test
  void unsetVariableNamesItAndTheExport() {
    assertThatThrownBy(() -> env.expand("${TOKEN}", "private app token"))
        .isInstanceOfSatisfying(BadValue.class, e -> assertThat(e.complaint()).isEqualTo(new Complaint(
            "environment variable TOKEN is not set", "export TOKEN=<private app token> before starting Revbridge")));
  }

  @Test
  void unclosedReferenceIsRefused() {
    assertThatThrownBy(() -> env.expand("${HOST", "value"))
        .isInstanceOfSatisfying(BadValue.class, e -> assertThat(e.complaint().message()).contains("closing `}`"));
  }
}
