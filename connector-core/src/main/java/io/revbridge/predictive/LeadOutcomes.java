package io.revbridge.predictive;

import io.revbridge.model.Person;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which lifecycle stages and lead statuses mean a person converted, and which that they were disqualified; anyone
 * else is still open and not part of the training history. Compared without regard to case; converted wins when a
 * record matches both.
 */
public record LeadOutcomes(List<String> convertedStages, List<String> convertedStatuses,
    List<String> disqualifiedStages, List<String> disqualifiedStatuses) {

  public LeadOutcomes {
    convertedStages = List.copyOf(convertedStages);
    convertedStatuses = List.copyOf(convertedStatuses);
    disqualifiedStages = List.copyOf(disqualifiedStages);
    disqualifiedStatuses = List.copyOf(disqualifiedStatuses);
  }

  public static LeadOutcomes defaults() {
    return new LeadOutcomes(List.of("customer"), List.of("Closed - Converted"), List.of(),
        List.of("UNQUALIFIED", "Closed - Not Converted"));
  }

  /** True converted, false disqualified, empty still open. */
  public Optional<Boolean> of(Person person) {
    if (in(person.lifecycleStage(), convertedStages) || in(person.leadStatus(), convertedStatuses)) {
      return Optional.of(true);
    }
    if (in(person.lifecycleStage(), disqualifiedStages) || in(person.leadStatus(), disqualifiedStatuses)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static boolean in(String value, List<String> values) {
    if (value == null || value.isBlank()) {
      return false;
    }
    Set<String> keys = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return keys.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
