package io.revbridge.sync;

import io.revbridge.store.NotificationDraft;
import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.util.List;

/**
 * What routing a batch leaves behind besides CRM writes: notifications to queue, SLA clocks to start, and what
 * each lead looked like (its status and owner), which may stop an earlier clock.
 */
public record RoutingEffects(List<NotificationDraft> notifications, List<SlaTimer> slaStarts,
    List<SlaStore.Observation> observations) {
  public static final RoutingEffects NONE = new RoutingEffects(List.of(), List.of(), List.of());

  public RoutingEffects {
    notifications = List.copyOf(notifications);
    slaStarts = List.copyOf(slaStarts);
    observations = List.copyOf(observations);
  }
}
