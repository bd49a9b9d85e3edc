package io.revbridge.bench.e2e;

import io.revbridge.enrichment.EnrichedPerson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.mapping.ObjectMapping;
import io.revbridge.model.Company;
import io.revbridge.model.Person;
import io.revbridge.model.RecordRef;
import io.revbridge.scoring.Grade;
import io.revbridge.scoring.LeadScore;
import io.revbridge.scoring.LeadScorer;
import io.revbridge.spi.CrmRecord;
import io.revbridge.spi.FieldSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline: the connector a quick script would be. It lists contact ids, then for each contact reads
 * it, reads its company, scores it (with Revbridge's own mapping and scorer, so the two differ only in how
 * they talk to the CRM), writes it back and creates a task for a hot lead — one record per call, no
 * batching, no diff, and a fixed one-second sleep whenever HubSpot answers 429. Single-threaded.
 */
final class NaiveConnector {
  private static final Duration SLEEP_ON_429 = Duration.ofSeconds(1);
  private static final int CONTACT_TASK_ASSOCIATION = 204;

  private final String baseUrl;
  private final String token;
  private final ObjectMapping contactMapping;
  private final ObjectMapping companyMapping;
  private final LeadScorer scorer = LeadScorer.withDefaults();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private long calls;
  private long tooMany;

  NaiveConnector(String baseUrl, String token, ObjectMapping contactMapping, ObjectMapping companyMapping) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.contactMapping = contactMapping;
    this.companyMapping = companyMapping;
  }

  NaiveResult backfill(long fullN) throws InterruptedException {
    long started = System.nanoTime();
    createFields();
    List<String> owners = activeOwners();
    String contactFields = csv(contactMapping.inboundFields());
    String companyFields = csv(companyMapping.inboundFields());
    long records = 0;
    long turn = 0;
    for (String id : contactIds()) {
      CrmRecord contact = record("contacts", call("GET", "/crm/v3/objects/contacts/" + id + "?properties=" + contactFields, null));
      Person person = contactMapping.toPerson(contact);
      Optional<Company> company = Optional.empty();
      if (person.companyRef() != null) {
        String path = "/crm/v3/objects/companies/" + person.companyRef().id() + "?properties=" + companyFields;
        company = Optional.of(companyMapping.toCompany(record("companies", call("GET", path, null))));
      }
      LeadScore score = scorer.score(EnrichedPerson.unenriched(person, company));
      Map<String, Object> results = new LinkedHashMap<>();
      results.put("leadScore.score", score.score());
      results.put("leadScore.grade", score.grade().name());
      results.put("leadScore.reasons", score.reasonsText());
      results.put("leadScore.scoredAt", Instant.now());
      String owner = person.ownerId();
      if (!person.hasOwner() && !owners.isEmpty()) {
        owner = owners.get((int) (turn++ % owners.size()));
        results.put("routing.ownerId", owner);
      }
      ObjectNode update = json.createObjectNode();
      contactMapping.outbound(results).forEach(update.putObject("properties")::put);
      call("PATCH", "/crm/v3/objects/contacts/" + id, update);
      if (score.grade() == Grade.HOT && owner != null && !owner.isBlank()) {
        call("POST", "/crm/v3/objects/tasks", task(id, owner, score));
      }
      records++;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double rate = records / seconds;
    return new NaiveResult(records, seconds, rate, calls, tooMany, fullN,
        records == 0 ? 0 : fullN / rate, records < fullN);
  }

  private void createFields() throws InterruptedException {
    for (FieldSpec f : contactMapping.ownedFields()) {
      ObjectNode body = json.createObjectNode().put("name", f.name()).put("label", f.label())
          .put("groupName", "contactinformation");
      switch (f.type()) {
        case NUMBER -> body.put("type", "number").put("fieldType", "number");
        case DATETIME -> body.put("type", "datetime").put("fieldType", "date");
        case TEXTAREA -> body.put("type", "string").put("fieldType", "textarea");
        case ENUMERATION -> {
          body.put("type", "enumeration").put("fieldType", "select");
          for (String option : f.options()) {
            body.withArray("options").addObject().put("label", option).put("value", option);
          }
        }
        default -> body.put("type", "string").put("fieldType", "text");
      }
      send("POST", "/crm/v3/properties/contacts", body, true);
    }
  }

  private List<String> activeOwners() throws InterruptedException {
    List<String> ids = new ArrayList<>();
    call("GET", "/crm/v3/owners?limit=100", null).path("results").forEach(o -> ids.add(o.path("id").asText()));
    ids.sort(null);
    return ids;
  }

  private List<String> contactIds() throws InterruptedException {
    List<String> ids = new ArrayList<>();
    String after = null;
    do {
      JsonNode page = call("GET", "/crm/v3/objects/contacts?limit=100&properties=hs_object_id"
          + (after == null ? "" : "&after=" + after), null);
      page.path("results").forEach(r -> ids.add(r.path("id").asText()));
      after = page.path("paging").path("next").path("after").asText(null);
    } while (after != null);
    return ids;
  }

  private ObjectNode task(String contactId, String owner, LeadScore score) {
    ObjectNode body = json.createObjectNode();
    body.putObject("properties")
        .put("hs_timestamp", Instant.now().plus(Duration.ofHours(4)).toString())
        .put("hs_task_subject", "Call hot lead (score " + score.score() + ")")
        .put("hs_task_body", score.reasonsText())
        .put("hs_task_status", "NOT_STARTED")
        .put("hs_task_priority", "HIGH")
        .put("hs_task_type", "CALL")
        .put("hubspot_owner_id", owner);
    ObjectNode association = body.putArray("associations").addObject();
    association.putObject("to").put("id", contactId);
    association.putArray("types").addObject().put("associationCategory", "HUBSPOT_DEFINED")
        .put("associationTypeId", CONTACT_TASK_ASSOCIATION);
    return body;
  }

  private CrmRecord record(String type, JsonNode node) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNull()) {
        fields.put(e.getKey(), e.getValue().asText());
      }
    }
    return new CrmRecord(new RecordRef("naive", type, node.path("id").asText()), Instant.now(), fields, false);
  }

  private JsonNode call(String method, String path, JsonNode body) throws InterruptedException {
    return send(method, path, body, false);
  }

  /** One call, retried after a fixed sleep on 429; any other failure stops the baseline with its message. */
  private JsonNode send(String method, String path, JsonNode body, boolean conflictIsFine) throws InterruptedException {
    while (true) {
      calls++;
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body.toString()));
      HttpResponse<String> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException("Naive baseline: " + method + " " + path + " failed", e);
      }
      int status = response.statusCode();
      if (status == 429) {
        tooMany++;
        Thread.sleep(SLEEP_ON_429.toMillis()); // the baseline's whole rate-limit strategy
        continue;
      }
      if (status / 100 != 2 && !(conflictIsFine && status == 409)) {
        throw new IllegalStateException("Naive baseline: " + method + " " + path + " answered " + status + ": "
            + response.body());
      }
      try {
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("Naive baseline: " + method + " " + path + " answered bad JSON", e);
      }
    }
  }

  private static String csv(Iterable<String> fields) {
    return URLEncoder.encode(String.join(",", fields), StandardCharsets.UTF_8);
  }
}
