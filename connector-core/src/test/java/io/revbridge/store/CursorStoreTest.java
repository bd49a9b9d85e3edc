package io.revbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CursorStoreTest extends StoreContract {

  @Test
  void aNeverPolledObjectHasNoCursor() {
    assertThat(store.cursors().get("hs", "contacts")).isEmpty();
    assertThat(store.cursors().all()).isEmpty();
  }

  @Test
  void theLatestPutWinsAndMovesUpdatedAt() {
    store.cursors().put("hs", "contacts", "1700000000000");
    clock.advance(Duration.ofMinutes(5));

    store.cursors().put("hs", "contacts", "1700000300000");

    assertThat(store.cursors().get("hs", "contacts")).contains("1700000300000");
    assertThat(store.cursors().all())
        .containsExactly(new CursorRow("hs", "contacts", "1700000300000", T0.plus(Duration.ofMinutes(5))));
  }

  @Test
  void cursorsAreKeptPerConnectionAndObjectType() {
    store.cursors().put("hs", "contacts", "a");
    store.cursors().put("hs", "companies", "b");
    store.cursors().put("sf", "contacts", "c");

    assertThat(store.cursors().get("hs", "companies")).contains("b");
    assertThat(store.cursors().get("sf", "contacts")).contains("c");
    assertThat(store.cursors().all()).extracting(CursorRow::cursor).containsExactly("b", "a", "c");
  }
}
