package io.revbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.model.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Change polled(String id, Instant modifiedAt) {
    return Change.polled(new CrmRecord(new RecordRef("hs", "contacts", id), modifiedAt, Map.of(), false));
  }

  @Test
  void theSameVersionPolledTwiceHasOneKeyAndANewVersionAnother() {
    assertThat(polled("7", T0).eventKey()).isEqualTo(polled("7", T0).eventKey());
    assertThat(polled("7", T0.plusMillis(1)).eventKey()).isNotEqualTo(polled("7", T0).eventKey());
    assertThat(polled("8", T0).eventKey()).isNotEqualTo(polled("7", T0).eventKey());
  }

  @Test
  void keysOfAFeedReadInModifiedOrderAreInOrderWhateverTheRecordIds() {
    // the inbox's unique index on the key then grows at its end instead of at a random place per change
    assertThat(List.of(polled("900", T0), polled("12", T0.plusSeconds(1)), polled("5", T0.plusSeconds(2)))
        .stream().map(Change::eventKey).toList()).isSorted();
  }
}
