package io.revbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConcurrentClientsTest {

  @Test
  void parallelWritersAndSearchersLeaveEveryRecordIndexedExactlyOnce() throws Exception {
    try (HubSpotSandbox sandbox = HubSpotSandbox.start(SandboxOptions.defaults().unlimited().withContacts(800))) {
      SandboxHttp http = new SandboxHttp(sandbox);
      List<String> ids = sandbox.records("contacts").stream().map(SandboxRecord::id).toList();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Set<Integer>>> statuses = new ArrayList<>();
      try {
        for (int w = 0; w < 8; w++) {
          List<String> mine = ids.subList(w * 100, w * 100 + 100);
          statuses.add(pool.submit(() -> {
            Set<Integer> seen = new HashSet<>();
            for (int round = 0; round < 10; round++) {
              String inputs = mine.subList(round * 10, round * 10 + 10).stream()
                  .map(id -> "{\"id\":\"" + id + "\",\"properties\":{\"city\":\"Round " + id + "\"}}")
                  .collect(Collectors.joining(","));
              seen.add(http.post("/crm/v3/objects/contacts/batch/update", "{\"inputs\":[" + inputs + "]}").status());
              seen.add(http.search("contacts", """
                  {"sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],"limit":200}""").status());
            }
            return seen;
          }));
        }
        for (Future<Set<Integer>> f : statuses) {
          assertThat(f.get()).containsOnly(200);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(sandbox.writes()).hasSize(800);
      List<String> paged = new ArrayList<>();
      for (int after = 0; after < 800; after += 200) {
        JsonNode page = http.search("contacts", """
            {"sorts":[{"propertyName":"lastmodifieddate","direction":"ASCENDING"}],"limit":200,"after":"%d"}"""
            .formatted(after)).body();
        page.get("results").forEach(r -> paged.add(r.get("id").asText()));
      }
      assertThat(paged).hasSize(800).doesNotHaveDuplicates();
      assertThat(sandbox.records("contacts")).allMatch(r -> r.get("city").equals("Round " + r.id()));
    }
  }
}
