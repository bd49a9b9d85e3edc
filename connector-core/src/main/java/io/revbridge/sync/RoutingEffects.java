package io.revbridge.sync;

import io.revbridge.store.NotificationDraft;
import io.revbridge.store.RoutingStore;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.util.List;

/**
 * What routing a batch leaves behind besides CRM writes: notifications to queue, SLA clocks to start, sequence
 * steps to schedule, what each lead looked like (its status and owner), which may stop an earlier clock or
 * sequence, the SLA reassignments carried out, and each lead's owner and closed state (for capacity).
 */
public record RoutingEffects(List<NotificationDraft> notifications, List<SlaTimer> slaStarts,
    List<SlaStore.Observation> observations, List<SequenceStepRow> enrollments, List<Settled> reassignments,
    List<RoutingStore.LeadState> leads) {
  public static final RoutingEffects NONE =
      new RoutingEffects(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** A reassignment after an SLA breach, carried out ({@code REASSIGNED}) or not ({@code KEPT}). */
  public record Settled(SlaStore.Reassignment reassignment, String outcome) {}

  public RoutingEffects {
    notifications = List.copyOf(notifications);
    slaStarts = List.copyOf(slaStarts);
    observations = List.copyOf(observations);
    enrollments = List.copyOf(enrollments);
    reassignments = List.copyOf(reassignments);
    leads = List.copyOf(leads);
  }
}
