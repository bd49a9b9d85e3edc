package io.revbridge.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.revbridge.scoring.Reasons;
import io.revbridge.scoring.ScoreReason;
import io.revbridge.store.AuditEntry;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.OutboxEntry;
import io.revbridge.store.SequenceStepState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sections of a record's trail, each from the stage's audit detail as the pipeline wrote it. Reasons are rendered
 * with the same {@link Reasons} code that renders the text written to the CRM, so the page shows what the CRM got.
 */
final class TrailSections {
  private TrailSections() {}

  static String canonical(JsonNode person) {
    StringBuilder s = new StringBuilder("<section><h2>Canonical record</h2>");
    if (person == null || person.isMissingNode()) {
      return s.append(Html.empty("Not recorded yet.", "Records processed before this version show it after their next"
          + " change; deals have no canonical person.")).append("</section>").toString();
    }
    s.append("<dl class=\"facts\">");
    Iterator<Map.Entry<String, JsonNode>> fields = person.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getKey().equals("ref") || f.getValue().isNull()) {
        continue;
      }
      String value = f.getValue().isContainerNode() ? compact(f.getValue()) : f.getValue().asText();
      if (!value.isEmpty()) {
        s.append("<dt>").append(Html.esc(f.getKey())).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
      }
    }
    return s.append("</dl></section>").toString();
  }

  static String enrichment(JsonNode detail, AuditEntry entry) {
    StringBuilder s = new StringBuilder("<section><h2>Enrichment provenance</h2>");
    if (detail == null || !detail.has("fields")) {
      return s.append(Html.empty("No enrichment recorded.", "Leads and contacts are enriched on each pass.")).append("</section>")
          .toString();
    }
    s.append("<p class=\"muted\">As of ").append(Html.time(entry.at())).append(": ").append(Html.esc(entry.decision()))
        .append("</p><table><thead><tr><th>Field</th><th>Value</th><th>Source</th><th class=\"num\">Confidence</th>")
        .append("<th>Fetched</th></tr></thead><tbody>");
    detail.path("fields").fields().forEachRemaining(f -> {
      JsonNode v = f.getValue();
      s.append("<tr><td>").append(Html.esc(f.getKey())).append("</td><td>").append(Html.esc(v.path("value").asText()))
          .append("</td><td>").append(Html.esc(v.path("provider").asText())).append("</td><td class=\"num\">")
          .append(Html.esc(v.path("confidence").asText())).append("</td><td>")
          .append(v.hasNonNull("fetchedAt") ? Html.time(instant(v.path("fetchedAt"))) : "").append("</td></tr>");
    });
    s.append("</tbody></table>");
    for (JsonNode f : detail.path("failures")) {
      s.append("<p class=\"warn\">Provider ").append(Html.esc(f.path("provider").asText())).append(" failed (")
          .append(Html.esc(f.path("kind").asText())).append("): ").append(Html.esc(f.path("message").asText()))
          .append("</p>");
    }
    return s.append("</section>").toString();
  }

  static String score(JsonNode lead, JsonNode mql, AuditEntry entry) {
    StringBuilder s = new StringBuilder("<section><h2>Lead score and MQL score</h2>");
    if (lead == null) {
      return s.append(Html.empty("Not scored.", "Only leads and contacts are scored; a deal shows its forecast below."))
          .append("</section>").toString();
    }
    s.append("<p class=\"muted\">Scored ").append(Html.time(entry.at())).append(". The reasons as written to the CRM:</p>")
        .append("<pre class=\"reasons\" id=\"lead-reasons\">")
        .append(Html.esc(Reasons.renderLines("Score " + lead.path("score").asInt() + " (" + lead.path("grade").asText()
            + ")", lines(lead.path("reasons")), Integer.MAX_VALUE))).append("</pre>");
    if (mql != null) {
      s.append("<pre class=\"reasons\" id=\"mql-reasons\">").append(Html.esc(Reasons.renderLines("MQL score "
          + mql.path("score").asInt() + (mql.path("qualified").asBoolean() ? " (qualified)" : " (not qualified)"),
          lines(mql.path("reasons")), Integer.MAX_VALUE))).append("</pre>");
    }
    return s.append("</section>").toString();
  }

  static String routing(JsonNode route, AuditEntry entry) {
    StringBuilder s = new StringBuilder("<section><h2>Routing decision</h2>");
    if (route == null) {
      return s.append(Html.empty("Not routed.", "Routing runs for leads and contacts when the playbook has routing rules."))
          .append("</section>").toString();
    }
    s.append("<dl class=\"facts\"><dt>Decided</dt><dd>").append(Html.time(entry.at())).append("</dd><dt>Owner</dt><dd>")
        .append(Html.esc(route.path("owner").asText("none"))).append(route.path("changesOwner").asBoolean()
            ? " <span class=\"pill\">assigned by Revbridge</span>" : " <span class=\"pill\">kept</span>")
        .append("</dd><dt>Team</dt><dd>").append(Html.esc(route.path("team").asText("—")))
        .append("</dd><dt>Rule</dt><dd>").append(Html.esc(route.path("rule").asText("no rule matched")))
        .append("</dd><dt>SLA</dt><dd>").append(route.hasNonNull("slaMinutes") ? route.path("slaMinutes").asLong()
            + " minutes to first touch" : "none").append("</dd></dl>");
    if (route.path("reasons").size() > 0) {
      s.append("<ul>");
      route.path("reasons").forEach(r -> s.append("<li>").append(Html.esc(r.asText())).append("</li>"));
      s.append("</ul>");
    }
    s.append("<table><caption>Every rule evaluated, in order</caption><thead><tr><th>Rule</th><th>Matched</th>")
        .append("<th>Why</th></tr></thead><tbody>");
    route.path("rulesEvaluated").forEach(r -> s.append("<tr><td>").append(Html.esc(r.path("rule").asText()))
        .append("</td><td>").append(r.path("matched").asBoolean() ? "<span class=\"matched\">yes</span>" : "no")
        .append("</td><td>").append(Html.esc(r.path("why").asText())).append("</td></tr>"));
    s.append("</tbody></table>");
    if (route.path("candidates").size() > 0) {
      s.append("<table><caption>Reps considered</caption><thead><tr><th>Owner id</th><th>Status</th></tr></thead><tbody>");
      route.path("candidates").forEach(c -> s.append("<tr><td>").append(Html.esc(c.path("ownerId").asText()))
          .append("</td><td>").append(Html.esc(c.path("status").asText())).append("</td></tr>"));
      s.append("</tbody></table>");
    }
    return s.append("</section>").toString();
  }

  static String forecast(JsonNode f, AuditEntry entry) {
    if (f == null) {
      return "";
    }
    StringBuilder s = new StringBuilder("<section><h2>Deal forecast</h2><p class=\"muted\">As of ")
        .append(Html.time(entry.at())).append("</p><pre class=\"reasons\">");
    List<String> lines = new ArrayList<>();
    f.path("adjustments").forEach(a -> lines.add(reason(a).line()));
    f.path("risks").forEach(r -> lines.add("risk: " + r.asText()));
    s.append(Html.esc(Reasons.renderLines("Win probability " + f.path("probability").asInt() + "% ("
        + f.path("confidence").asText() + " confidence)", lines, Integer.MAX_VALUE))).append("</pre>");
    if (f.path("nextSteps").size() > 0) {
      s.append("<h3>Next steps</h3><ul>");
      f.path("nextSteps").forEach(n -> s.append("<li>").append(Html.esc(n.asText())).append("</li>"));
      s.append("</ul>");
    }
    return s.append("</section>").toString();
  }

  static String tasks(List<OutboxEntry> tasks, List<SequenceStepState> steps) {
    StringBuilder s = new StringBuilder("<section><h2>Tasks and sequences</h2>");
    if (tasks.isEmpty() && steps.isEmpty()) {
      return s.append(Html.empty("No task or sequence step.", "The playbook creates follow-up tasks for hot leads and"
          + " enrolls leads in sequences by its triggers.")).append("</section>").toString();
    }
    if (!tasks.isEmpty()) {
      s.append("<table><caption>Tasks</caption><thead><tr><th>Subject</th><th>Owner</th><th>Due</th><th>Status</th>")
          .append("</tr></thead><tbody>");
      for (OutboxEntry t : tasks) {
        JsonNode task = RecordTrailPage.read(t.payload());
        s.append("<tr><td>").append(Html.esc(task.path("subject").asText())).append("</td><td>")
            .append(Html.esc(task.path("ownerId").asText())).append("</td><td>")
            .append(task.hasNonNull("dueAt") ? Html.time(instant(task.path("dueAt"))) : "").append("</td><td>")
            .append(status(t)).append("</td></tr>");
      }
      s.append("</tbody></table>");
    }
    if (!steps.isEmpty()) {
      s.append("<table><caption>Sequence steps</caption><thead><tr><th>Sequence</th><th class=\"num\">Step</th>")
          .append("<th>Due</th><th>Status</th></tr></thead><tbody>");
      for (SequenceStepState step : steps) {
        s.append("<tr><td>").append(Html.esc(step.step().sequence())).append("</td><td class=\"num\">")
            .append(step.step().stepNo()).append("</td><td>").append(Html.time(step.step().dueAt())).append("</td><td>")
            .append(Html.esc(step.status())).append(step.cancelReason() == null ? ""
                : ": " + Html.esc(step.cancelReason())).append("</td></tr>");
      }
      s.append("</tbody></table>");
    }
    return s.append("</section>").toString();
  }

  static String writes(List<OutboxEntry> writes) {
    StringBuilder s = new StringBuilder("<section><h2>Writes to the CRM</h2>");
    if (writes.isEmpty()) {
      return s.append(Html.empty("Revbridge wrote nothing to this record.", "Writes appear once a pass changes one of"
          + " the fields Revbridge owns.")).append("</section>").toString();
    }
    s.append("<table><caption>Newest first: every field with its old → new value</caption><thead><tr><th>When</th>")
        .append("<th>Status</th><th>Field</th><th>Old</th><th>New</th></tr></thead><tbody>");
    for (OutboxEntry w : writes) {
      JsonNode update = RecordTrailPage.read(w.payload());
      Map<String, String> values = new TreeMap<>();
      update.path("write").path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
      int row = 0;
      for (Map.Entry<String, String> v : values.entrySet()) {
        s.append("<tr>");
        if (row++ == 0) {
          s.append("<td rowspan=\"").append(values.size()).append("\">").append(Html.time(w.updatedAt()))
              .append("</td><td rowspan=\"").append(values.size()).append("\">").append(status(w)).append("</td>");
        }
        JsonNode old = update.path("previous").path(v.getKey());
        s.append("<td>").append(Html.esc(v.getKey())).append("</td><td>")
            .append(old.isMissingNode() || old.isNull() ? "<span class=\"muted\">(empty)</span>" : pre(old.asText()))
            .append("</td><td>").append(pre(v.getValue())).append("</td></tr>");
      }
    }
    return s.append("</tbody></table></section>").toString();
  }

  static String deadLetters(List<DeadLetter> letters) {
    if (letters.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<section><h2>Open dead letters</h2><ul>");
    for (DeadLetter d : letters) {
      s.append("<li>#").append(d.id()).append(" ").append(Html.time(d.at())).append(" ").append(Html.esc(d.stage()))
          .append(" ").append(Html.esc(d.errorCode() == null ? "" : d.errorCode())).append(": ")
          .append(Html.esc(d.message())).append("</li>");
    }
    return s.append("</ul><p><a href=\"/admin/dead-letters\">Replay on the dead-letter page</a></p></section>").toString();
  }

  static String timeline(List<AuditEntry> audit) {
    if (audit.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<section><h2>Decision timeline</h2><table><caption>Newest first</caption>"
        + "<thead><tr><th>When</th><th>Stage</th><th>Decision</th></tr></thead><tbody>");
    for (AuditEntry e : audit) {
      if (e.stage().equals(io.revbridge.sync.CanonicalAudit.STAGE)) {
        continue; // the canonical record is shown above; its decision is the e-mail address
      }
      s.append("<tr><td>").append(Html.time(e.at())).append("</td><td>").append(Html.esc(e.stage())).append("</td><td>")
          .append(Html.esc(e.decision())).append("</td></tr>");
    }
    return s.append("</tbody></table></section>").toString();
  }

  private static String status(OutboxEntry w) {
    String css = switch (w.status()) {
      case OutboxEntry.DONE -> "ok";
      case OutboxEntry.DEAD -> "bad";
      default -> "warn";
    };
    String text = switch (w.status()) {
      case OutboxEntry.DONE -> "written";
      case OutboxEntry.PENDING -> w.attempts() == 0 ? "queued" : "retrying (" + w.attempts() + " failed)";
      case OutboxEntry.DEAD -> "gave up";
      default -> w.status().toLowerCase(java.util.Locale.ROOT);
    };
    return "<span class=\"" + css + "\">" + Html.esc(text) + "</span>"
        + (w.lastError() == null ? "" : "<br><span class=\"muted\">" + Html.esc(w.lastError()) + "</span>");
  }

  private static String pre(String text) {
    return text.contains("\n") ? "<pre class=\"reasons\">" + Html.esc(text) + "</pre>" : Html.esc(text);
  }

  private static List<String> lines(JsonNode reasons) {
    List<String> lines = new ArrayList<>();
    reasons.forEach(r -> lines.add(reason(r).line()));
    return lines;
  }

  private static ScoreReason reason(JsonNode r) {
    return new ScoreReason(r.path("category").asText(), r.path("points").asInt(), r.path("text").asText());
  }

  private static Instant instant(JsonNode node) {
    if (node.isNumber()) {
      // Jackson's default for Instant: seconds with a fraction
      return Instant.ofEpochMilli((long) (node.asDouble() * 1000));
    }
    try {
      return Instant.parse(node.asText());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String compact(JsonNode node) {
    List<String> parts = new ArrayList<>();
    node.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (!v.isNull() && !(v.isContainerNode() && v.isEmpty()) && !(v.isBoolean() && !v.asBoolean())
          && !(v.isNumber() && v.asDouble() == 0)) {
        parts.add(e.getKey() + " " + (v.isContainerNode() ? v.toString() : v.asText()));
      }
    });
    return String.join(", ", parts);
  }
}
