package io.revbridge.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmRecord;
import io.revbridge.store.AuditEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text a rep reads on the Salesforce lead and in the hand-off task: where the person came from, what they did
 * and when, the firmographics with where each value came from, the scores with their reasons, talking points and the
 * battle card. Built from the HubSpot contact as read now and from the decisions already in the audit, so it says
 * what scoring and enrichment actually decided.
 */
public final class ContextPackage {
  /** HubSpot properties the package quotes besides the mapped ones (source, campaign, conversions, visits). */
  public static final List<String> HUBSPOT_FIELDS = List.of("hs_analytics_source", "hs_analytics_source_data_1",
      "hs_analytics_source_data_2", "recent_conversion_event_name", "recent_conversion_date",
      "first_conversion_event_name", "first_conversion_date", "hs_analytics_first_url", "hs_analytics_last_url",
      "hs_analytics_num_page_views", "hs_analytics_num_visits", "hs_analytics_last_visit_timestamp",
      "hs_email_last_open_date", "hs_email_last_click_date");
  /** Salesforce keeps at most 32,768 characters in a long text area; the package stays well inside it. */
  static final int MAX = 30_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContextPackage() {}

  /** Inputs of one package; {@code audit} is the contact's trail, oldest first. */
  public record Inputs(Person person, CrmRecord hubspot, List<AuditEntry> audit, int mqlScore,
      Optional<String> accountName, Optional<String> battleCard, List<TalkingPoint> talkingPoints) {}

  public static String render(Inputs in) {
    Person p = in.person();
    StringBuilder out = new StringBuilder();
    out.append("Handed over by Revbridge from HubSpot contact ").append(in.hubspot().ref().id())
        .append(" (MQL score ").append(in.mqlScore()).append(")\n");
    section(out, "Lead source and campaign");
    line(out, "Source", field(in, "hs_analytics_source").or(() -> Optional.ofNullable(p.source())));
    line(out, "Source detail", field(in, "hs_analytics_source_data_1"));
    line(out, "Campaign", field(in, "hs_analytics_source_data_2"));
    section(out, "Content and intent");
    line(out, "First conversion", joined(field(in, "first_conversion_event_name"), field(in, "first_conversion_date")));
    line(out, "Latest conversion", joined(field(in, "recent_conversion_event_name"), field(in, "recent_conversion_date")));
    List<String> signals = new ArrayList<>();
    if (p.intent().demoRequested()) signals.add("requested a demo");
    if (p.intent().trialSignup()) signals.add("signed up for a trial");
    if (p.intent().pricingPageVisited()) signals.add("visited the pricing page");
    if (p.intent().webinarAttended()) signals.add("attended a webinar");
    if (p.intent().downloads() > 0) signals.add(p.intent().downloads() + " downloads");
    if (p.intent().emailEngagements() > 0) signals.add("engaged with " + p.intent().emailEngagements() + " emails");
    if (p.timing().activeProject()) signals.add("has an active project");
    if (p.timing().budgetCycle()) signals.add("is in a budget cycle");
    line(out, "Signals", signals.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", signals)));
    line(out, "Last email opened", field(in, "hs_email_last_open_date"));
    line(out, "Last email clicked", field(in, "hs_email_last_click_date"));
    section(out, "Website behaviour");
    line(out, "Visits / page views", Optional.of(p.intent().visits() + " visits, " + p.intent().pageViews()
        + " page views"));
    line(out, "Last visit", field(in, "hs_analytics_last_visit_timestamp"));
    line(out, "First page", field(in, "hs_analytics_first_url"));
    line(out, "Last page", field(in, "hs_analytics_last_url"));
    section(out, "Firmographics (value — source, confidence)");
    provenance(in.audit()).forEach(l -> out.append("- ").append(l).append('\n'));
    in.accountName().ifPresent(a -> line(out, "Salesforce account", Optional.of(a)));
    section(out, "Scores");
    latest(in.audit(), "score").ifPresent(e -> {
      out.append("- Lead score ").append(e.decision()).append('\n');
      reasons(e.detailJson(), "reasons").forEach(r -> out.append("  ").append(r).append('\n'));
    });
    latest(in.audit(), "mql").ifPresent(e -> {
      out.append("- MQL ").append(e.decision()).append('\n');
      reasons(e.detailJson(), "reasons").forEach(r -> out.append("  ").append(r).append('\n'));
    });
    List<String> points = talkingPoints(in);
    if (!points.isEmpty()) {
      section(out, "Talking points");
      points.forEach(t -> out.append("- ").append(t).append('\n'));
    }
    in.battleCard().ifPresent(card -> {
      section(out, "Battle card: " + p.currentSolution());
      out.append(card).append('\n');
    });
    String text = out.toString().strip();
    return text.length() <= MAX ? text : text.substring(0, MAX - 30) + "\n[... shortened by Revbridge]";
  }

  static List<String> talkingPoints(Inputs in) {
    Person p = in.person();
    Map<String, String> tokens = new HashMap<>();
    tokens.put("first_name", p.firstName());
    tokens.put("last_name", p.lastName());
    tokens.put("company_name", p.companyName());
    tokens.put("industry", p.industry());
    tokens.put("title", p.title());
    tokens.put("competitor", p.currentSolution());
    tokens.put("employees", p.employees() == null ? null : String.valueOf(p.employees()));
    tokens.put("account_name", in.accountName().orElse(null));
    String role = latest(in.audit(), "enrich").map(e -> e.detailJson()).orElse("");
    List<String> lines = new ArrayList<>();
    for (TalkingPoint t : in.talkingPoints()) {
      boolean holds = switch (t.when()) {
        case "pricingPage" -> p.intent().pricingPageVisited();
        case "demoRequested" -> p.intent().demoRequested();
        case "trialSignup" -> p.intent().trialSignup();
        case "webinar" -> p.intent().webinarAttended();
        case "downloads" -> p.intent().downloads() > 0;
        case "competitor" -> in.battleCard().isPresent();
        case "decisionMaker" -> role.contains("DECISION_MAKER");
        case "existingAccount" -> in.accountName().isPresent();
        default -> true;
      };
      if (holds) {
        lines.add(t.say().render(tokens));
      }
    }
    return lines;
  }

  /** "person.role: DECISION_MAKER — title-rules, 0.9" per enriched value, from the latest enrich audit. */
  private static List<String> provenance(List<AuditEntry> audit) {
    List<String> lines = new ArrayList<>();
    latest(audit, "enrich").map(AuditEntry::detailJson).map(ContextPackage::tree).ifPresent(detail -> {
      JsonNode fields = detail.has("fields") ? detail.get("fields") : detail;
      fields.fields().forEachRemaining(e -> {
        JsonNode v = e.getValue();
        if (v.isObject() && v.has("value")) {
          lines.add(e.getKey() + ": " + v.get("value").asText() + " — " + v.path("provider").asText("?")
              + (v.has("confidence") ? ", " + v.get("confidence").asText() : ""));
        }
      });
    });
    if (lines.isEmpty()) {
      lines.add("none recorded");
    }
    return lines;
  }

  /** An enriched value from the latest enrich audit, as text. */
  static Optional<String> enriched(List<AuditEntry> audit, String field) {
    return latest(audit, "enrich").map(AuditEntry::detailJson).map(ContextPackage::tree)
        .map(d -> d.path("fields").path(field).path("value")).filter(v -> !v.isMissingNode() && !v.isNull())
        .map(JsonNode::asText);
  }

  private static Optional<AuditEntry> latest(List<AuditEntry> audit, String stage) {
    for (int i = audit.size() - 1; i >= 0; i--) {
      if (audit.get(i).stage().equals(stage)) {
        return Optional.of(audit.get(i));
      }
    }
    return Optional.empty();
  }

  private static List<String> reasons(String json, String key) {
    JsonNode node = tree(json);
    List<String> out = new ArrayList<>();
    if (node != null && node.get(key) != null && node.get(key).isArray()) {
      node.get(key).forEach(r -> out.add(r.isTextual() ? r.asText()
          : (r.path("points").asInt() < 0 ? "\u2212" + -r.path("points").asInt() : "+" + r.path("points").asInt())
              + " " + r.path("text").asText()));
    }
    return out;
  }

  private static JsonNode tree(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static Optional<String> field(Inputs in, String name) {
    return Optional.ofNullable(in.hubspot().field(name)).filter(v -> !v.isBlank());
  }

  private static Optional<String> joined(Optional<String> what, Optional<String> when) {
    return what.map(w -> when.map(t -> w + " (" + t + ")").orElse(w)).or(() -> when);
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n');
  }

  private static void line(StringBuilder out, String label, Optional<String> value) {
    value.ifPresent(v -> out.append("- ").append(label).append(": ").append(v).append('\n'));
  }
}
