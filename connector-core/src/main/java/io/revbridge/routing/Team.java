package io.revbridge.routing;

import java.util.List;

/**
 * A team of reps sharing one round robin.
 *
 * @param anyActiveOwner the team has no rep list: every active CRM owner is a rep with weight 1 (the zero-setup
 *     default, until the playbook lists the real reps)
 * @param fallback email of the owner who gets the lead when no rep is available; may be null
 * @param manager email of whoever hears of SLA breaches in this team; may be null
 */
public record Team(String name, List<Rep> reps, boolean anyActiveOwner, String fallback, int defaultCapacity,
    String manager) {
  public Team {
    reps = List.copyOf(reps);
  }
}
