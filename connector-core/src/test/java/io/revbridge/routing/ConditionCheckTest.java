package io.revbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionCheckTest {
  private static Facts scored(int points) {
    return new Facts(new Leads.Lead().build(), Leads.score(points), Optional.empty(), false);
  }

  @Test
  void aThresholdIsReadAsThePlaybookLoaderReadsIt() {
    ConditionCheck over80 = new ConditionCheck(new Condition("score", Operator.GT, List.of(" 80 ")));

    assertThat(over80.test(scored(81)).passed()).isTrue();
    assertThat(over80.test(scored(80)).passed()).isFalse();
    assertThat(over80.test(scored(81)).why()).isEqualTo("score is '81', gt  80 ");
  }

  @Test
  void aThresholdThatIsNoNumberFailsWhenTheEngineIsBuiltNotAtTheFirstLead() {
    assertThatThrownBy(() -> new ConditionCheck(new Condition("score", Operator.GTE, List.of("eighty"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'eighty' is not a number");
  }
}
