package io.revbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.hubspot.HubSpotAdapter;
import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import io.revbridge.spi.Change;
import io.revbridge.spi.ChangePage;
import io.revbridge.spi.ConnectionSettings;
import io.revbridge.spi.CrmConnection;
import io.revbridge.spi.Secret;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A backfill through the real search endpoint of the sandbox, whose dataset stamps about 5% of records with a
 * shared modified time (bulk edits) and which refuses to page a query past its result cap: every record is read
 * exactly once and the cursor's watermark never goes backwards. 30,000 contacts behind HubSpot's real cap of 10,000
 * results per query: a feed that paged one query would run into the cap (the sandbox scans every record for each
 * search, so 100,000 took three minutes of the suite and proved nothing more).
 */
class HubSpotBackfillIT {
  @Test
  void aBackfillReadsEveryContactExactlyOnceWithoutEverPagingPastTheSearchCap() throws Exception {
    SandboxOptions options = SandboxOptions.defaults().unlimited().withContacts(30_000).withSearchCap(10_000);
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(options);
        CrmConnection hubSpot = new HubSpotAdapter().open(new ConnectionSettings("main", "hubspot",
            Optional.of(sandbox.baseUrl()), Optional.of(Secret.of(sandbox.accessToken())), Optional.empty(),
            List.of("contacts"), Map.of("searchPerSecond", "50")))) {
      Map<String, Integer> reads = new HashMap<>();
      ObjectMapper json = new ObjectMapper();
      long watermark = Long.MIN_VALUE;
      String cursor = null;
      ChangePage page;
      do {
        page = hubSpot.changeFeed().poll("contacts", cursor, Set.of("email"));
        for (Change c : page.changes()) {
          reads.merge(c.ref().id(), 1, Integer::sum);
        }
        cursor = page.nextCursor();
        long ts = json.readTree(cursor).get("ts").asLong();
        assertThat(ts).isGreaterThanOrEqualTo(watermark);
        watermark = ts;
      } while (page.hasMore());

      assertThat(reads.keySet()).containsExactlyInAnyOrderElementsOf(
          sandbox.records("contacts").stream().map(SandboxRecord::id).toList());
      assertThat(reads.values()).allMatch(n -> n == 1);
    }
  }
}
