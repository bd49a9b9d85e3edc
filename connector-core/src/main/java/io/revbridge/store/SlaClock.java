package io.revbridge.store;

import java.time.Instant;

/**
 * An SLA clock with where it stands, as the alerts page lists it.
 *
 * @param status {@link SlaTimer#OPEN}, {@link SlaTimer#TOUCHED}, {@link SlaTimer#STOPPED} or {@link SlaTimer#BREACHED}
 * @param remindedAt when the owner was reminded, or null
 * @param settledAt when it was touched, stopped or breached, or null while open
 */
public record SlaClock(SlaTimer timer, String status, Instant remindedAt, Instant settledAt) {}
