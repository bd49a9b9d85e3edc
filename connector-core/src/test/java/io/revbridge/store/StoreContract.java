package io.revbridge.store;

import io.revbridge.testing.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a store contract once on H2 and once on PostgreSQL, each test on a new empty database opened
 * with a {@link FakeClock}.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Parameter StoreBackend backend;
  @TempDir Path dir;

  final FakeClock clock = new FakeClock(T0);
  StoreSettings settings;
  Store store;

  @BeforeEach
  void openFreshStore() {
    settings = backend.freshSettings(dir);
    store = Store.open(settings, clock);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }
}
