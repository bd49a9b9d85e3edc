package io.revbridge.sync;

import io.revbridge.store.NotificationDraft;
import io.revbridge.store.RoutingStore;
import io.revbridge.store.SequenceStore;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.util.List;

/**
 * What routing a batch leaves behind besides CRM writes: notifications to queue, SLA clocks to start, sequence
 * steps to schedule, what each lead looked like (its status and owner), which may stop an earlier clock or
 * sequence, the SLA reassignments carried out, each lead's owner and closed state (for capacity), and sequence stop
 * conditions met (an unsubscribe, a closed deal).
 */
public record RoutingEffects(List<NotificationDraft> notifications, List<SlaTimer> slaStarts,
    List<SlaStore.Observation> observations, List<SequenceStepRow> enrollments, List<Settled> reassignments,
    List<RoutingStore.LeadState> leads, List<SequenceStore.Stop> sequenceStops) {
  public static final RoutingEffects NONE =
      new RoutingEffects(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /** Only sequence stops (a closed deal's contact). */
  public static RoutingEffects stops(List<SequenceStore.Stop> stops) {
    return new RoutingEffects(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), stops);
  }

  /** A reassignment after an SLA breach, carried out ({@code REASSIGNED}) or not ({@code KEPT}). */
  public record Settled(SlaStore.Reassignment reassignment, String outcome) {}

  public RoutingEffects {
    notifications = List.copyOf(notifications);
    slaStarts = List.copyOf(slaStarts);
    observations = List.copyOf(observations);
    enrollments = List.copyOf(enrollments);
    reassignments = List.copyOf(reassignments);
    leads = List.copyOf(leads);
    sequenceStops = List.copyOf(sequenceStops);
  }
}
