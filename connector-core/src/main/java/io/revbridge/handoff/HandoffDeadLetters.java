package io.revbridge.handoff;

import io.revbridge.spi.CrmError;
import io.revbridge.spi.ErrorKind;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterDraft;
import io.revbridge.store.DeadLetterFilter;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import io.revbridge.sync.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What becomes of a hand-off step the CRM refused. A validation error (the CRM's {@code REQUIRED_FIELD_MISSING},
 * {@code INVALID_FIELD}, an inactive owner, ...) can never succeed as it is: it is a dead letter at once (stage
 * {@value HandoffRunner#STAGE}, the HubSpot contact as its record, the CRM's reason, what was sent), and the rest of
 * the batch goes on. A passing failure (429, 5xx, a timeout) is tried again with a growing wait, and is a dead letter
 * once its attempts are used up. A contact with an open hand-off letter is left alone until {@code dlq replay}.
 * A connection that refuses everything (credentials, permissions) stops the pass instead: no letters for that.
 */
final class HandoffDeadLetters {
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY = Duration.ofHours(1);
  private static final int OPEN_LIMIT = 10_000;

  private final Store store;
  private final HandoffSide hubspot;
  private final Clock clock;

  HandoffDeadLetters(Store store, HandoffSide hubspot, Clock clock) {
    this.store = store;
    this.hubspot = hubspot;
    this.clock = clock;
  }

  /** HubSpot ids of the contacts whose hand-off has an open (not replayed) dead letter. */
  Set<String> open() {
    return store.deadLetters().list(new DeadLetterFilter(hubspot.connection().name(), HandoffRunner.STAGE, null, true),
            OPEN_LIMIT).stream()
        .filter(d -> hubspot.objectType().equals(d.objectType()) && d.recordId() != null)
        .map(DeadLetter::recordId).collect(Collectors.toSet());
  }

  /** The wait before attempt {@code attemptsSoFar + 1}: one minute, doubling, at most an hour. */
  static Duration retryWait(int attemptsSoFar) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
    return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
  }

  /** Whether the failure can never succeed as it is (a dead letter now) rather than pass. */
  static boolean permanent(CrmError error) {
    return error.kind() == ErrorKind.PERMANENT_ITEM || error.kind() == ErrorKind.RECORD_GONE;
  }

  /**
   * Settles a failed hand-over (find, create or update in Salesforce, the ids in HubSpot): the link is saved
   * retried later or failed, and a failed one gets its dead letter.
   *
   * @return the saved link
   * @throws RuntimeException the failure itself when the whole connection refuses (the pass stops)
   */
  HandoffLink handOverFailed(HandoffLink link, RuntimeException e) {
    CrmError error = rethrowIfConnection(e);
    String why = HandoffFailure.describe(e);
    Instant now = clock.instant();
    if (!permanent(error) && !link.lastAttempt()) {
      HandoffLink later = link.retryLater(why, now.plus(retryWait(link.attempts() + 1)));
      store.handoffs().save(later);
      return later;
    }
    HandoffLink failed = link.failed(permanent(error) ? why : "gave up after " + HandoffLink.MAX_ATTEMPTS
        + " attempts: " + why);
    store.handoffs().save(failed);
    add(link, "hand-over", error, failed.detail(), HandoffFailure.valuesOf(e));
    return failed;
  }

  /**
   * Settles a failed later step of a hand-off that stands (the owner's task, the feedback to HubSpot, the field
   * sync): a permanent failure is a dead letter, which holds the contact's hand-off until it is replayed; a passing
   * one is simply tried again on the next pass.
   *
   * @return true when it became a dead letter
   */
  boolean stepFailed(HandoffLink link, String step, RuntimeException e) {
    CrmError error = rethrowIfConnection(e);
    if (!permanent(error)) {
      return false;
    }
    add(link, step, error, HandoffFailure.describe(e), HandoffFailure.valuesOf(e));
    return true;
  }

  private static CrmError rethrowIfConnection(RuntimeException e) {
    CrmError error = HandoffFailure.errorOf(e);
    if (error.kind() == ErrorKind.PERMANENT_CONNECTION) {
      throw e;
    }
    return error;
  }

  private void add(HandoffLink link, String step, CrmError error, String message, Map<String, String> values) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("step", step);
    payload.put("hubspot", link.hubspotConnection() + "/" + hubspot.objectType() + "/" + link.hubspotId());
    payload.put("salesforceConnection", link.salesforceConnection());
    if (link.salesforceId() != null) {
      payload.put("salesforce", link.salesforceObject() + "/" + link.salesforceId());
    }
    payload.put("mqlScore", link.mqlScore());
    payload.put("crossedAt", link.crossedAt().toString());
    payload.put("sent", values);
    String code = error.code() == null ? null : error.code().length() <= 100 ? error.code() : error.code().substring(0, 100);
    store.deadLetters().add(new DeadLetterDraft(link.hubspotConnection(), hubspot.objectType(), link.hubspotId(),
        HandoffRunner.STAGE, code, step + ": " + message, Json.write(payload), clock.instant()));
  }
}
