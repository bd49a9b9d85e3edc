package io.revbridge.handoff;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code handoff.yaml}: when a HubSpot MQL goes to sales in Salesforce, how it is created there, which Salesforce
 * lead statuses mean accepted or rejected, how each field is kept in step, and what the rep is told.
 *
 * @param threshold MQL score from which a crossing contact is handed over
 * @param fields canonical field (e.g. {@code title}) to its rule; fields not named are not synced
 */
public record HandoffPlaybook(
    int threshold,
    Rules rules,
    Create create,
    Sla sla,
    Statuses statuses,
    Map<String, SyncRule> fields,
    List<TalkingPoint> talkingPoints) {
  public static final int DEFAULT_THRESHOLD = 70;

  public HandoffPlaybook {
    fields = Map.copyOf(fields);
    talkingPoints = List.copyOf(talkingPoints);
  }

  /**
   * Who is never handed over.
   *
   * @param competitorDomains email domains of competitors (their people research, they do not buy)
   * @param allowFreeMail whether a gmail.com-style address may be handed over
   * @param excludeCustomers whether people of existing customer accounts stay with their account team instead
   */
  public record Rules(List<String> competitorDomains, boolean allowFreeMail, boolean excludeCustomers) {
    public Rules {
      competitorDomains = competitorDomains.stream().map(d -> d.strip().toLowerCase()).toList();
    }
  }

  /** Values for a new Salesforce lead where the contact has none (Salesforce requires LastName, Company, Status). */
  public record Create(String status, String leadSource, String lastNameFallback, String companyFallback) {}

  /** How long the new owner has to respond (any status change) and to make meaningful contact (acceptance). */
  public record Sla(Duration respond, Duration meaningfulContact) {}

  /**
   * Salesforce lead statuses and opportunity stages as the feedback loop reads them.
   *
   * @param rejectionReasonField the Salesforce lead field holding why sales rejected it; a rejection waits for it
   * @param recycleSequence the follow-up sequence (sequences.yaml) a rejected contact enters in HubSpot
   */
  public record Statuses(Set<String> accepted, Set<String> rejected, String rejectionReasonField,
      String recycleSequence, Set<String> won, Set<String> lost) {
    public Statuses {
      accepted = Set.copyOf(accepted);
      rejected = Set.copyOf(rejected);
      won = Set.copyOf(won);
      lost = Set.copyOf(lost);
    }

    public boolean accepted(String status) {
      return status != null && accepted.stream().anyMatch(s -> s.equalsIgnoreCase(status.strip()));
    }

    public boolean rejected(String status) {
      return status != null && rejected.stream().anyMatch(s -> s.equalsIgnoreCase(status.strip()));
    }

    public boolean won(String stage) {
      return stage != null && won.stream().anyMatch(s -> s.equalsIgnoreCase(stage.strip()));
    }

    public boolean lost(String stage) {
      return stage != null && lost.stream().anyMatch(s -> s.equalsIgnoreCase(stage.strip()));
    }
  }
}
