package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Makes the next N requests under a path prefix fail with a chosen status. Thread-safe. */
final class FaultInjector {
  private static final class Fault {
    final String pathPrefix;
    final int status;
    int remaining;

    Fault(String pathPrefix, int status, int remaining) {
      this.pathPrefix = pathPrefix;
      this.status = status;
      this.remaining = remaining;
    }
  }

  private final List<Fault> faults = new ArrayList<>();

  synchronized void add(String pathPrefix, int status, int count) {
    if (pathPrefix == null || !pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("pathPrefix must start with '/', e.g. /crm/v3/objects/contacts/batch, was "
          + pathPrefix);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status 400..599, was " + status);
    }
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    faults.add(new Fault(pathPrefix, status, count));
  }

  /** Uses up one matching fault and returns its status, or {@code null} when the request should proceed. */
  synchronized Integer take(String path) {
    Iterator<Fault> it = faults.iterator();
    while (it.hasNext()) {
      Fault f = it.next();
      if (path.startsWith(f.pathPrefix)) {
        if (--f.remaining == 0) {
          it.remove();
        }
        return f.status;
      }
    }
    return null;
  }
}
