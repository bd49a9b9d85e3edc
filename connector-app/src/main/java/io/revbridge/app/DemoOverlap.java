package io.revbridge.app;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SalesforceSandbox;
import io.revbridge.sandbox.SandboxRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The two demo sandboxes are seeded apart, so no person is in both; a real company's are not. This gives every
 * tenth HubSpot contact's email to a Salesforce contact, as if sales already knew them.
 */
final class DemoOverlap {
  private DemoOverlap() {}

  static int seed(HubSpotSandbox hubspot, SalesforceSandbox salesforce) {
    List<String> emails = hubspot.records("contacts").stream().sorted(Comparator.comparing(SandboxRecord::id))
        .map(r -> r.properties().get("email")).filter(e -> e != null && !e.isBlank()).toList();
    List<Map<String, String>> contacts = salesforce.records("Contact");
    int shared = 0;
    for (int i = 0; i * 10 < emails.size() && i < contacts.size(); i++) {
      salesforce.edit("Contact", contacts.get(i).get("Id"), Map.of("Email", emails.get(i * 10)));
      shared++;
    }
    return shared;
  }
}
