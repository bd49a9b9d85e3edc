package io.revbridge.sync;

import io.revbridge.model.Owner;
import io.revbridge.spi.Capability;
import io.revbridge.spi.CrmConnection;
import java.util.List;

/**
 * A connection as the engine uses it during one pass: its CRM kind and, read once per pass, its owners.
 * Not thread-safe; one pass owns it.
 */
final class ConnectionContext {
  private final String crm;
  private final CrmConnection connection;
  private List<Owner> owners;

  ConnectionContext(String crm, CrmConnection connection) {
    this.crm = crm;
    this.connection = connection;
  }

  String name() {
    return connection.name();
  }

  String crm() {
    return crm;
  }

  CrmConnection connection() {
    return connection;
  }

  boolean can(Capability capability) {
    return connection.capabilities().contains(capability);
  }

  List<Owner> owners() {
    if (owners == null) {
      owners = can(Capability.OWNERS) ? connection.owners().owners() : List.of();
    }
    return owners;
  }

  /** Forgets the owner list so the next pass sees new and deactivated users. */
  void refresh() {
    owners = null;
  }
}
