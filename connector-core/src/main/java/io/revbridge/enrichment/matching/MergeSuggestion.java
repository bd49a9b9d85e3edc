package io.revbridge.enrichment.matching;

import io.revbridge.model.RecordRef;
import java.util.List;

/**
 * Two persons that look like one, with every piece of evidence found. A suggestion for a human (or a CRM merge
 * task): Revbridge never merges records itself. {@code first} came before {@code second} in the input.
 */
public record MergeSuggestion(RecordRef first, RecordRef second, List<DuplicateEvidence> evidence) {
  public MergeSuggestion {
    evidence = List.copyOf(evidence);
  }
}
