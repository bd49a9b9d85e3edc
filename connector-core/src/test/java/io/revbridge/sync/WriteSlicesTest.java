package io.revbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.store.OutboxEntry;
import io.revbridge.store.OutboxKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteSlicesTest {
  private long ids;

  private OutboxEntry row(String record, OutboxKind kind) {
    Instant t = Instant.parse("2026-11-27T12:00:00Z");
    return new OutboxEntry(++ids, "key" + ids, "main", kind == OutboxKind.CREATE_TASK ? "tasks" : "contacts", record,
        kind, "{}", "PENDING", 0, t, null, t, t);
  }

  @Test
  void aRoundIsCutIntoSlicesOfTheCrmsBatchSize() {
    List<OutboxEntry> group = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      group.add(row("r" + i, OutboxKind.FIELD_UPDATE));
    }

    List<List<WriteSlices.Slice>> waves = WriteSlices.waves(List.of(group), connection -> 100);

    assertThat(waves).hasSize(1);
    assertThat(waves.get(0)).extracting(s -> s.rows().size()).containsExactly(100, 100, 50);
  }

  @Test
  void aRecordsSecondWriteGoesInALaterWaveSoItCannotOvertakeTheFirst() {
    OutboxEntry first = row("r1", OutboxKind.FIELD_UPDATE);
    OutboxEntry other = row("r2", OutboxKind.FIELD_UPDATE);
    OutboxEntry second = row("r1", OutboxKind.FIELD_UPDATE);

    List<List<WriteSlices.Slice>> waves = WriteSlices.waves(List.of(List.of(first, other, second)), c -> 100);

    assertThat(waves).hasSize(2);
    assertThat(waves.get(0).get(0).rows()).containsExactly(first, other);
    assertThat(waves.get(1).get(0).rows()).containsExactly(second);
  }

  @Test
  void tasksAboutOneRecordAreIndependentCreatesInOneWave() {
    OutboxEntry a = row("r1", OutboxKind.CREATE_TASK);
    OutboxEntry b = row("r1", OutboxKind.CREATE_TASK);

    List<List<WriteSlices.Slice>> waves = WriteSlices.waves(List.of(List.of(a, b)), c -> 100);

    assertThat(waves).hasSize(1);
    assertThat(waves.get(0).get(0).rows()).containsExactly(a, b);
  }
}
