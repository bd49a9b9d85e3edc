package io.revbridge.enrichment;

import java.util.ArrayList;
import java.util.List;

/** Remembers every counted failure as {@code provider:KIND}. */
final class RecordingFailureCounter implements FailureCounter {
  final List<String> counted = new ArrayList<>();

  @Override
  public void failed(String provider, FailureKind kind) {
    counted.add(provider + ":" + kind);
  }
}
