package io.revbridge.sync;

import io.revbridge.store.NotificationDraft;
import io.revbridge.store.SequenceStepRow;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.util.List;

/**
 * What routing a batch leaves behind besides CRM writes: notifications to queue, SLA clocks to start, sequence
 * steps to schedule, and what each lead looked like (its status and owner), which may stop an earlier clock or
 * sequence.
 */
public record RoutingEffects(List<NotificationDraft> notifications, List<SlaTimer> slaStarts,
    List<SlaStore.Observation> observations, List<SequenceStepRow> enrollments) {
  public static final RoutingEffects NONE = new RoutingEffects(List.of(), List.of(), List.of(), List.of());

  public RoutingEffects {
    notifications = List.copyOf(notifications);
    slaStarts = List.copyOf(slaStarts);
    observations = List.copyOf(observations);
    enrollments = List.copyOf(enrollments);
  }
}
