package io.revbridge.routing;

import java.util.List;

/** A named follow-up sequence from {@code sequences.yaml}: its trigger and its steps in day order. */
public record Sequence(String name, SequenceTrigger trigger, List<SequenceStep> steps) {
  public Sequence {
    steps = List.copyOf(steps);
  }
}
