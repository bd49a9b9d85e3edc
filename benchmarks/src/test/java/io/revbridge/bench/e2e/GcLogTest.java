package io.revbridge.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
  @TempDir Path folder;

  @Test
  void peaksAreTheLargestHeapBeforeAndAfterAnyCollection() throws Exception {
    Path log = folder.resolve("gc.log");
    Files.writeString(log, String.join("\n",
        "[0.012s][info][gc] Using G1",
        "[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->5M(256M) 3.456ms",
        "[2.500s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1G->40M(1200M) 5.1ms",
        "[3.000s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 80M->61440K(1200M) 2.0ms",
        ""));

    assertThat(GcLog.read(log)).isEqualTo(new GcLog(3, 1024, 60));
  }

  @Test
  void missingLogMeansNoFigures() {
    assertThat(GcLog.read(folder.resolve("absent.log"))).isEqualTo(new GcLog(0, 0, 0));
  }
}
