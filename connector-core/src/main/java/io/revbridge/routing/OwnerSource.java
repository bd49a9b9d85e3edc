package io.revbridge.routing;

/** Where a rule's action takes the owner from. */
public enum OwnerSource {
  /** Weighted round robin among the team's available reps. */
  ROUND_ROBIN,
  /** The owner of the matched customer account ({@code person.accountOwnerId}, else the company's owner). */
  ACCOUNT_OWNER,
  /** Nobody: the lead stays unowned (marketing nurture). */
  NONE
}
