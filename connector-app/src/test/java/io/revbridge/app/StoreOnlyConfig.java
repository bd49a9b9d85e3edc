package io.revbridge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A revbridge.yaml for the commands that only read or change the store: one HubSpot connection and the store. */
final class StoreOnlyConfig {
  private StoreOnlyConfig() {}

  /** Writes {@code revbridge.yaml} in the folder; the token comes from {@code HUBSPOT_TOKEN}. */
  static Path write(Path folder, String storeUrl) throws IOException {
    return Files.writeString(folder.resolve("revbridge.yaml"), """
        connections:
          - name: main
            crm: hubspot
            accessToken: ${HUBSPOT_TOKEN}
        store:
          url: %s
        """.formatted(storeUrl));
  }
}
