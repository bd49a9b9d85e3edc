package io.revbridge.app;

import io.revbridge.handoff.HandoffRunner;
import io.revbridge.store.HandoffLink;
import io.revbridge.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** What the demo's hand-off did: the counts, and the context package of one handed-over lead as a rep sees it. */
final class HandoffDemoSummary {
  private HandoffDemoSummary() {}

  static void print(Store store, HandoffRunner.Pass pass, PrintWriter out) {
    out.printf("hand-off: %d HubSpot MQLs handed to Salesforce (%d new leads, %d matched to existing records),"
        + " %d skipped by the hand-off rules, %d owner tasks%n", pass.handedOver(), pass.created(), pass.matched(),
        pass.skipped(), pass.tasks());
    List<HandoffLink> links = store.handoffs().since(Instant.EPOCH);
    links.stream().filter(l -> l.status().equals(HandoffLink.SKIPPED)).map(HandoffLink::detail)
        .map(d -> d.replaceAll(" [^ ]+@[^ ]+", "")).distinct().limit(3)
        .forEach(d -> out.println("  skipped, e.g.: " + d));
  }
}
