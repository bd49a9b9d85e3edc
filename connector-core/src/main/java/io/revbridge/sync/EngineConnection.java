package io.revbridge.sync;

import io.revbridge.spi.CrmConnection;
import java.util.List;

/** A configured connection handed to the engine: its CRM kind, the objects to sync, the live adapter. */
public record EngineConnection(String crm, List<String> objects, CrmConnection connection) {
  public EngineConnection {
    objects = List.copyOf(objects);
  }
}
