package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelStoreTest extends StoreContract {
  private long add(String connection, String kind) {
    return store.models().add(new ModelRow(0, connection, kind, "logistic-regression", "{\"w\":1}",
        "[{\"key\":\"role:DECISION_MAKER\"}]", "{\"auc\":0.8}", LocalDate.parse("2025-01-01"), T0.minus(Duration.ofDays(300)),
        T0.minus(Duration.ofDays(100)), T0.minus(Duration.ofDays(50)), T0, 600, 200, 200, T0, true));
  }

  @Test
  void aStoredModelReadsBackAsWrittenAndStartsInactive() {
    long id = add("hs", "leads");

    ModelRow m = store.models().find(id).orElseThrow();
    assertThat(m.paramsJson()).isEqualTo("{\"w\":1}");
    assertThat(m.since()).isEqualTo(LocalDate.parse("2025-01-01"));
    assertThat(m.trainTo()).isEqualTo(T0.minus(Duration.ofDays(100)));
    assertThat(m.testRecords()).isEqualTo(200);
    assertThat(m.active()).isFalse();
    assertThat(store.models().active("hs", "leads")).isEmpty();
  }

  @Test
  void activationReplacesTheActiveModelOfTheSameKindOnlyAndRollbackStepsBackOneActivationAtATime() {
    long first = add("hs", "leads");
    long second = add("hs", "leads");
    long deals = add("hs", "deals");
    store.models().activate(deals, T0);
    store.models().activate(first, T0);
    store.models().activate(second, T0.plusSeconds(1));

    assertThat(store.models().active("hs", "leads")).map(ModelRow::id).contains(second);
    assertThat(store.models().list("hs", "leads")).filteredOn(ModelRow::active).extracting(ModelRow::id)
        .containsExactly(second);
    assertThat(store.models().active("hs", "deals")).map(ModelRow::id).contains(deals);

    assertThat(store.models().rollback("hs", "leads")).map(ModelRow::id).contains(first);
    assertThat(store.models().active("hs", "leads")).map(ModelRow::id).contains(first);
    assertThat(store.models().rollback("hs", "leads")).isEmpty();
    assertThat(store.models().active("hs", "leads")).isEmpty();
    assertThat(store.models().active("hs", "deals")).map(ModelRow::id).contains(deals);
    assertThatThrownBy(() -> store.models().rollback("hs", "leads"))
        .isInstanceOf(StoreException.class).hasMessageContaining("nothing to roll back: the rules are in charge");
  }

  @Test
  void activatingAnUnknownModelNamesIt() {
    assertThatThrownBy(() -> store.models().activate(999, T0))
        .isInstanceOf(StoreException.class).hasMessageContaining("There is no model 999");
  }

  @Test
  void evaluationsAreKeptInOrder() {
    long id = add("hs", "deals");
    store.models().addEvaluation(id, T0, 200, "{\"auc\":0.81}");
    store.models().addEvaluation(id, T0.plusSeconds(60), 250, "{\"auc\":0.79}");

    assertThat(store.models().evaluations(id)).extracting(EvaluationRow::records).containsExactly(200, 250);
  }
}
