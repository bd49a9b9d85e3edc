package io.revbridge.enrichment;

/** Why a provider gave no answer; metrics count failures by provider and kind. */
public enum FailureKind {
  /** The provider did not answer in time. */
  TIMEOUT,
  /** The provider said "too many requests" (HTTP 429) and retries did not help. */
  RATE_LIMITED,
  /** The provider failed on its side (HTTP 5xx) and retries did not help. */
  SERVER_ERROR,
  /** The provider refused or could not read the request (HTTP 4xx other than 429, bad JSON). */
  BAD_RESPONSE,
  /** The provider threw; a bug or an unexpected state. */
  ERROR
}
