package io.revbridge.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.revbridge.model.RecordRef;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.OutboxEntry;
import io.revbridge.store.OutboxKind;
import io.revbridge.store.SequenceStepState;
import io.revbridge.sync.CanonicalAudit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Why did this lead get this score and this owner?": search by e-mail or CRM id, then one record's canonical form,
 * enrichment provenance, lead and MQL score with reasons, routing with every rule evaluated, tasks and sequences,
 * and every write with old → new. The only page that shows a person's e-mail address.
 */
final class RecordTrailPage implements Page {
  static final int AUDIT_READ = 200;
  static final int WRITES_SHOWN = 50;
  static final int MATCHES_SHOWN = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConsoleData data;

  RecordTrailPage(ConsoleData data) {
    this.data = data;
  }

  /** GET /admin/records?q=: the search form, and the matches (straight to the record when there is one). */
  Rendered search(Context ctx, Session session) {
    String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
    StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/admin/records\" class=\"filters\" role=\"search\">"
        + "<label>E-mail address or CRM record id<input name=\"q\" size=\"40\" value=\"" + Html.esc(q) + "\" required>"
        + "</label><button type=\"submit\">Find</button></form>");
    if (q.isEmpty()) {
      body.append(Html.empty("Search for a record.", "Type the person's e-mail address or the record's id as the CRM"
          + " shows it (HubSpot: the number in the record's URL; Salesforce: the 15 or 18 character id)."));
      return new Rendered("Record trail", "/admin/records", body.toString());
    }
    List<RecordRef> found = find(q);
    if (found.size() == 1) {
      return trail(found.get(0), session);
    }
    if (found.isEmpty()) {
      body.append(Html.empty("Revbridge knows no record by “" + q + "”.", "Check the spelling; a record appears here"
          + " once Revbridge has processed it (after the next poll or webhook)."));
      return new Rendered("Record trail", "/admin/records", body.toString(), 404);
    }
    body.append("<p>").append(found.size()).append(" records match; choose one:</p><ul>");
    for (RecordRef ref : found) {
      body.append("<li><a href=\"").append(path(ref)).append("\">").append(Html.esc(ref.key())).append("</a></li>");
    }
    return new Rendered("Record trail", "/admin/records", body.append("</ul>").toString());
  }

  /** GET /admin/records/{connection}/{object}/{id}. */
  @Override
  public Rendered render(Context ctx, Session session) {
    return trail(new RecordRef(ctx.pathParam("connection"), ctx.pathParam("object"), ctx.pathParam("id")), session);
  }

  private List<RecordRef> find(String q) {
    if (q.contains("@")) {
      return data.store().audit().recordsWithEmail(CanonicalAudit.key(q), MATCHES_SHOWN);
    }
    List<RecordRef> found = new ArrayList<>();
    String[] parts = q.split("/");
    if (parts.length == 3) {
      RecordRef ref = new RecordRef(parts[0], parts[1], parts[2]);
      return known(ref) ? List.of(ref) : List.of();
    }
    data.objects().forEach((connection, objects) -> {
      for (String object : objects) {
        RecordRef ref = new RecordRef(connection, object, q);
        if (known(ref)) {
          found.add(ref);
        }
      }
    });
    return found;
  }

  private boolean known(RecordRef ref) {
    return !data.store().audit().latest(ref, 1).isEmpty() || !data.store().ledger().lastWritten(ref).isEmpty()
        || !data.store().deadLetters().openFor(ref).isEmpty();
  }

  private Rendered trail(RecordRef ref, Session session) {
    List<AuditEntry> audit = data.store().audit().latest(ref, AUDIT_READ);
    List<OutboxEntry> writes = data.store().outbox().forRecord(ref.connection(), ref.objectType(), ref.id(), WRITES_SHOWN);
    List<DeadLetter> letters = data.store().deadLetters().openFor(ref);
    String title = "Record " + ref.key();
    if (audit.isEmpty() && writes.isEmpty() && letters.isEmpty() && !data.store().deletions().isDeleted(ref)) {
      return new Rendered(title, "/admin/records", Html.empty("Revbridge knows nothing of " + ref.key() + ".",
          "Check the connection, object type and id, or search by e-mail on the record trail page."), 404);
    }
    Map<String, AuditEntry> latest = new LinkedHashMap<>();
    for (AuditEntry e : audit) {
      latest.putIfAbsent(e.stage(), e); // newest first, so the first of each stage is its latest
    }
    StringBuilder body = new StringBuilder();
    body.append("<p>").append(CrmLinks.link(data.recordUrls().get(ref.connection()), ref)).append("</p>");
    if (data.store().deletions().isDeleted(ref)) {
      body.append("<p class=\"warn\">The CRM reported this record deleted; Revbridge no longer writes to it.</p>");
    }
    body.append(TrailSections.canonical(json(latest.get(CanonicalAudit.STAGE))));
    body.append(TrailSections.enrichment(json(latest.get("enrich")), latest.get("enrich")));
    body.append(TrailSections.score(json(latest.get("score")), json(latest.get("mql-score")), latest.get("score")));
    body.append(TrailSections.routing(json(latest.get("route")), latest.get("route")));
    body.append(TrailSections.forecast(json(latest.get("forecast")), latest.get("forecast")));
    List<OutboxEntry> tasks = data.store().outbox().forRecord(ref.connection(), "tasks", ref.id(), WRITES_SHOWN).stream()
        .filter(t -> t.kind() == OutboxKind.CREATE_TASK && about(t, ref)).toList();
    List<SequenceStepState> steps = data.store().sequences().forRecord(ref.key());
    body.append(TrailSections.tasks(tasks, steps));
    body.append(TrailSections.writes(writes));
    body.append(TrailSections.deadLetters(letters));
    body.append(TrailSections.timeline(audit));
    return new Rendered(title, "/admin/records", body.toString());
  }

  private static boolean about(OutboxEntry task, RecordRef ref) {
    JsonNode about = read(task.payload()).path("about");
    return ref.objectType().equals(about.path("objectType").asText()) && ref.id().equals(about.path("id").asText());
  }

  private static JsonNode json(AuditEntry e) {
    return e == null ? null : read(e.detailJson());
  }

  static JsonNode read(String text) {
    if (text == null) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      return JSON.missingNode();
    }
  }

  static String path(RecordRef ref) {
    return "/admin/records/" + Html.url(ref.connection()) + "/" + Html.url(ref.objectType()) + "/" + Html.url(ref.id());
  }
}
