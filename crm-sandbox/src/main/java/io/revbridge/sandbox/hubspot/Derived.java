package io.revbridge.sandbox.hubspot;

/**
 * Properties whose value the sandbox computes from the record itself instead of storing it: they can be
 * read, filtered and sorted like any other, but never written through the API.
 */
public enum Derived {
  NONE,
  /** {@code hs_object_id}: the record id. */
  ID,
  /** {@code createdate} / {@code hs_createdate}: creation time. */
  CREATED,
  /** {@code lastmodifieddate} / {@code hs_lastmodifieddate}: last-modified time. */
  MODIFIED
}
