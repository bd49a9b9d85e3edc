package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskTemplateTest {
  @Test
  void tokensAreFilledAndEmptyOnesFallBackSoNoRawTokenIsLeft() {
    TaskTemplate t = new TaskTemplate("Hi {{first_name}}, how is {{ company_name }} doing in {{industry|tech}}? {{recent_news}}");
    Map<String, String> values = new HashMap<>();
    values.put("first_name", "Ana");
    values.put("company_name", "  ");

    assertThat(t.render(values)).isEqualTo("Hi Ana, how is your company doing in tech?");
    assertThat(t.render(Map.of("first_name", "Ana", "company_name", "Acme", "industry", "retail", "recent_news",
        "Congrats on the funding round."))).isEqualTo("Hi Ana, how is Acme doing in retail? Congrats on the funding round.");
    assertThat(new TaskTemplate("Hi {{first_name}}").render(Map.of())).isEqualTo("Hi there").doesNotContain("{{");
  }

  @Test
  void unknownTokensAreReported() {
    assertThat(new TaskTemplate("Hi {{firstname}} at {{company_name}}").unknownTokens()).containsExactly("firstname");
  }
}
