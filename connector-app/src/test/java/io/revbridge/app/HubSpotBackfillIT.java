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
 * exactly once and the cursor's watermark never goes backwards.
 */
class HubSpotBackfillIT {
  @Test
  void aBackfillReadsEveryContactExactlyOnceWithoutEverPagingPastTheSearchCap() throws Exception {
    SandboxOptions options = SandboxOptions.defaults().unlimited().withContacts(20_000).withSearchCap(1_000);
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
