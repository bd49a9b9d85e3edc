package io.revbridge.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One HubSpot contact handed to Salesforce: the record it became or was matched to, and where the hand-off stands.
 *
 * @param matchBasis how the Salesforce record was found: {@code created}, {@code email-lead}, {@code email-contact},
 *     {@code hubspot-id}; null until handed over
 * @param detail why it was skipped, the rejection reason, or the last error
 * @param respondDueAt when the owner must have responded (changed the status); {@code contactDueAt} likewise for
 *     meaningful contact (an accepted status); both set at hand-over from the playbook's SLA
 * @param initialStatus the lead's status at hand-over; a different one later is the owner's response
 */
public record HandoffLink(
    String hubspotConnection, String hubspotId, String salesforceConnection, String salesforceObject,
    String salesforceId, String matchBasis, String status, String detail, int mqlScore, String initialStatus,
    String lastStatus, String ownerId, String taskId, Instant crossedAt, Instant handedAt, Instant respondedAt,
    Instant acceptedAt, Instant rejectedAt, Instant convertedAt, Instant closedAt, int attempts, Instant respondDueAt,
    Instant contactDueAt) {
  public static final String PENDING = "PENDING";
  public static final String SKIPPED = "SKIPPED";
  public static final String FAILED = "FAILED";
  public static final String HANDED_OVER = "HANDED_OVER";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String AWAITING_REASON = "AWAITING_REASON";
  public static final String REJECTED = "REJECTED";
  public static final String CONVERTED = "CONVERTED";
  public static final String WON = "WON";
  public static final String LOST = "LOST";

  public HandoffLink {
    Objects.requireNonNull(hubspotConnection, "hubspotConnection");
    Objects.requireNonNull(hubspotId, "hubspotId");
    Objects.requireNonNull(salesforceConnection, "salesforceConnection");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(crossedAt, "crossedAt");
    if (detail != null && detail.length() > 1000) {
      detail = detail.substring(0, 997) + "...";
    }
  }

  /** A contact that just crossed the threshold, not handed over yet. */
  public static HandoffLink crossed(String hubspotConnection, String hubspotId, String salesforceConnection,
      int mqlScore, Instant at) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, null, null, null, PENDING, null,
        mqlScore, null, null, null, null, at, null, null, null, null, null, null, 0, null, null);
  }

  public HandoffLink withStatus(String newStatus, String newDetail) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, salesforceObject, salesforceId,
        matchBasis, newStatus, newDetail, mqlScore, initialStatus, lastStatus, ownerId, taskId, crossedAt, handedAt,
        respondedAt, acceptedAt, rejectedAt, convertedAt, closedAt, attempts, respondDueAt, contactDueAt);
  }

  /** @param respond the SLA to respond, {@code contact} to make meaningful contact; the clocks start now */
  public HandoffLink handedOver(String object, String id, String basis, String status, String owner, Instant at,
      java.time.Duration respond, java.time.Duration contact) {
    Instant start = handedAt == null ? at : handedAt;
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, object, id, basis, HANDED_OVER, null,
        mqlScore, status, status, owner, taskId, crossedAt, start, respondedAt, acceptedAt,
        rejectedAt, convertedAt, closedAt, 0, start.plus(respond), start.plus(contact));
  }

  public HandoffLink failed(String why) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, salesforceObject, salesforceId,
        matchBasis, attempts + 1 >= MAX_ATTEMPTS ? FAILED : status, why, mqlScore, initialStatus, lastStatus, ownerId,
        taskId, crossedAt, handedAt, respondedAt, acceptedAt, rejectedAt, convertedAt, closedAt, attempts + 1, respondDueAt, contactDueAt);
  }

  public HandoffLink withTask(String owner, String task) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, salesforceObject, salesforceId,
        matchBasis, status, detail, mqlScore, initialStatus, lastStatus, owner, task, crossedAt, handedAt, respondedAt,
        acceptedAt, rejectedAt, convertedAt, closedAt, attempts, respondDueAt, contactDueAt);
  }

  /** What the feedback loop saw in Salesforce; each time is kept from its first sighting. */
  public HandoffLink observed(String newStatus, String leadStatus, String newDetail, Instant responded,
      Instant accepted, Instant rejected, Instant converted, Instant closed) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, salesforceObject, salesforceId,
        matchBasis, newStatus, newDetail, mqlScore, initialStatus, leadStatus, ownerId, taskId, crossedAt, handedAt,
        first(respondedAt, responded), first(acceptedAt, accepted), first(rejectedAt, rejected),
        first(convertedAt, converted), first(closedAt, closed), attempts, respondDueAt, contactDueAt);
  }

  /** A repeat crossing: handed over again (the Salesforce record is updated, never duplicated). */
  public HandoffLink recrossed(int score, Instant at) {
    return new HandoffLink(hubspotConnection, hubspotId, salesforceConnection, salesforceObject, salesforceId,
        matchBasis, PENDING, null, score, initialStatus, lastStatus, ownerId, null, at, handedAt, respondedAt,
        acceptedAt, null, convertedAt, closedAt, 0, respondDueAt, contactDueAt);
  }

  /** Attempts before a hand-off that keeps failing is left as {@link #FAILED} for a person to look at. */
  public static final int MAX_ATTEMPTS = 5;

  private static Instant first(Instant existing, Instant seen) {
    return existing != null ? existing : seen;
  }
}
