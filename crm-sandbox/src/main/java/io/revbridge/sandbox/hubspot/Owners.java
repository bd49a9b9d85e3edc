package io.revbridge.sandbox.hubspot;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's owners, fixed at seeding time. Immutable, so safe to share between request threads. */
final class Owners {
  private final List<Owner> active;
  private final List<Owner> archived;
  private final Set<String> activeIds;

  Owners(List<Owner> all) {
    this.active = all.stream().filter(o -> !o.archived()).toList();
    this.archived = all.stream().filter(Owner::archived).toList();
    this.activeIds = active.stream().map(Owner::id).collect(Collectors.toUnmodifiableSet());
  }

  boolean isActive(String ownerId) {
    return activeIds.contains(ownerId);
  }

  List<Owner> active() {
    return active;
  }

  /** The active (or, with {@code archived}, only the archived) owners, optionally narrowed to one email. */
  List<Owner> list(boolean archivedOnly, String email) {
    List<Owner> source = archivedOnly ? archived : active;
    if (email == null || email.isBlank()) {
      return source;
    }
    String e = email.toLowerCase(Locale.ROOT);
    return source.stream().filter(o -> o.email().equalsIgnoreCase(e)).toList();
  }
}
