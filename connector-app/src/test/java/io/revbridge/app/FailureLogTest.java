package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureLogTest {
  private final List<String> lines = new ArrayList<>();
  private final FailureLog failures = new FailureLog(lines::add);

  @Test
  void theSameFailurePassAfterPassIsSaidOnceAndTheRecoveryToo() {
    RuntimeException invalidField = new IllegalStateException("sf: INVALID_FIELD: No such column 'Emial' on entity 'Lead'");

    failures.failed("sync pass", invalidField);
    failures.failed("sync pass", invalidField);
    failures.failed("sync pass", invalidField);
    failures.succeeded("sync pass");
    failures.succeeded("sync pass");

    assertThat(lines).containsExactly(
        "sync pass failed: sf: INVALID_FIELD: No such column 'Emial' on entity 'Lead' — retrying at the next tick"
            + " (said once until it changes)",
        "sync pass works again");
  }

  @Test
  void aDifferentFailureOrAnotherJobIsSaid() {
    failures.failed("sync pass", new IllegalStateException("a"));
    failures.failed("sync pass", new IllegalStateException("b"));
    failures.failed("webhook processing", new IllegalStateException("b"));

    assertThat(lines).hasSize(3);
  }
}
