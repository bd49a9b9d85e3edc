package io.revbridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.IntentSignals;
import io.revbridge.model.Person;
import io.revbridge.model.PersonKind;
import io.revbridge.model.RecordRef;
import io.revbridge.model.TimingSignals;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CanonicalTargetsTest {
  @Test
  void personTargetsAreItsFieldsWithSignalsSpelledOut() {
    var targets = CanonicalKind.PERSON.targets();

    assertThat(targets).containsEntry("email", String.class)
        .containsEntry("kind", PersonKind.class)
        .containsEntry("employees", Integer.class)
        .containsEntry("companyRef", RecordRef.class)
        .containsEntry("intent.pageViews", int.class)
        .containsEntry("intent.pricingPageVisited", boolean.class)
        .containsEntry("timing.solutionExpiring", boolean.class)
        .doesNotContainKeys("ref", "modifiedAt", "intent", "timing");
  }

  @Test
  void everyPersonFieldIsATargetOrSetByTheEngine() {
    long leaves = Arrays.stream(Person.class.getRecordComponents()).mapToLong(CanonicalTargetsTest::leafCount).sum();

    assertThat(CanonicalKind.PERSON.targets()).hasSize((int) leaves - CanonicalTargets.SET_BY_ENGINE.size());
  }

  private static long leafCount(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == IntentSignals.class || type == TimingSignals.class) {
      return type.getRecordComponents().length;
    }
    return 1;
  }
}
