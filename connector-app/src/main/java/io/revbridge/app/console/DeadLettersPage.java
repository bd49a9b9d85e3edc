package io.revbridge.app.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.revbridge.store.DeadLetter;
import io.revbridge.store.DeadLetterFilter;
import io.revbridge.sync.DeadLetterReplay;
import io.revbridge.sync.ReplayOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Dead letters with filters, the record and the CRM's message, and replay of one, the selected or all matching ones:
 * always through a confirmation page, then the outcome of each replay shown once on the list. Replay goes through
 * {@link DeadLetterReplay}, exactly as {@code revbridge dlq replay} does.
 */
final class DeadLettersPage implements Page {
  static final int SHOWN = 100;
  static final List<String> STAGES = List.of("fetch", "map", "enrich", "score", "route", "write");

  private final ConsoleData data;
  private final Sessions sessions;

  DeadLettersPage(ConsoleData data, Sessions sessions) {
    this.data = data;
    this.sessions = sessions;
  }

  /** The filters of a request (query string on the list, form fields on replay). */
  private record Filters(String connection, String stage, String error, boolean all) {
    static Filters of(java.util.function.Function<String, String> param) {
      return new Filters(param.apply("connection"), param.apply("stage"), param.apply("error"),
          "all".equals(param.apply("show")));
    }

    DeadLetterFilter filter() {
      DeadLetterFilter f = new DeadLetterFilter(connection, stage, error, false);
      return all ? f : f.unreplayed();
    }

    String query() {
      return "connection=" + Html.url(connection) + "&stage=" + Html.url(stage) + "&error=" + Html.url(error)
          + (all ? "&show=all" : "");
    }

    String hiddenFields() {
      return Html.hidden("connection", connection) + Html.hidden("stage", stage) + Html.hidden("error", error)
          + (all ? Html.hidden("show", "all") : "");
    }
  }

  @Override
  public Rendered render(Context ctx, Session session) {
    Filters f = Filters.of(ctx::queryParam);
    DeadLetterFilter filter = f.filter();
    List<DeadLetter> letters = data.store().deadLetters().list(filter, SHOWN);
    long matching = data.store().deadLetters().count(filter);
    boolean admin = session.viewer().role().mayAct();
    StringBuilder body = new StringBuilder(filterForm(f));
    if (letters.isEmpty()) {
      body.append(data.store().deadLetters().count() == 0
          ? Html.empty("No dead letters.", "Every record went through; records that fail a stage will show up here.")
          : Html.empty("No dead letter matches these filters.", "Clear the filters or choose “open and replayed”."));
      return new Rendered("Dead letters", "/admin/dead-letters", body.toString());
    }
    body.append("<p>").append(matching).append(matching == 1 ? " dead letter matches" : " dead letters match")
        .append(matching > SHOWN ? "; the newest " + SHOWN + " are shown" : "").append(".</p>");
    if (admin) {
      body.append("<form method=\"post\" action=\"/admin/dead-letters/replay\">")
          .append(Html.hidden("_csrf", session.csrf())).append(f.hiddenFields())
          .append("<div class=\"actions\"><button type=\"submit\" name=\"scope\" value=\"selected\">Replay selected</button>")
          .append("<button type=\"submit\" name=\"scope\" value=\"all\" class=\"secondary\">Replay all ")
          .append(matching).append(" matching</button></div>");
    }
    body.append("<table><caption class=\"muted\">Newest first</caption><thead><tr>")
        .append(admin ? "<th><input type=\"checkbox\" id=\"select-all\" aria-label=\"Select all shown\"></th>" : "")
        .append("<th>#</th><th>Failed</th><th>Record</th><th>Stage</th><th>Error</th><th>The CRM's message</th>")
        .append(admin ? "<th>Action</th>" : "").append("</tr></thead><tbody>");
    for (DeadLetter d : letters) {
      body.append("<tr id=\"letter-").append(d.id()).append("\">");
      if (admin) {
        body.append("<td><input type=\"checkbox\" name=\"id\" value=\"").append(d.id())
            .append("\" aria-label=\"Select dead letter ").append(d.id()).append("\"></td>");
      }
      body.append("<td>").append(d.id()).append("</td><td>").append(Html.time(d.at()))
          .append(d.replayedAt() == null ? "" : "<br><span class=\"muted\">replayed " + Html.time(d.replayedAt())
              + "</span>")
          .append("</td><td>").append(record(d)).append("</td><td>").append(Html.esc(d.stage())).append("</td><td>")
          .append(Html.esc(d.errorCode() == null ? "" : d.errorCode())).append("</td><td>").append(Html.esc(d.message()))
          .append("</td>");
      if (admin) {
        body.append("<td><button type=\"submit\" name=\"one\" value=\"").append(d.id())
            .append("\" class=\"secondary\">Replay #").append(d.id()).append("</button></td>");
      }
      body.append("</tr>");
    }
    body.append("</tbody></table>").append(admin ? "</form>" : "");
    return new Rendered("Dead letters", "/admin/dead-letters", body.toString());
  }

  private static String record(DeadLetter d) {
    if (d.recordId() == null) {
      return Html.esc(d.connection() + "/" + d.objectType()) + " <span class=\"muted\">(no record id)</span>";
    }
    return "<a href=\"/admin/records/" + Html.url(d.connection()) + "/" + Html.url(d.objectType()) + "/"
        + Html.url(d.recordId()) + "\">" + Html.esc(d.connection() + "/" + d.objectType() + "/" + d.recordId()) + "</a>";
  }

  private String filterForm(Filters f) {
    StringBuilder form = new StringBuilder("<form method=\"get\" action=\"/admin/dead-letters\" class=\"filters\">");
    form.append("<label>Connection<select name=\"connection\"><option value=\"\">any</option>");
    for (String name : data.connections().keySet()) {
      form.append(option(name, name, name.equals(f.connection())));
    }
    form.append("</select></label><label>Stage<select name=\"stage\"><option value=\"\">any</option>");
    for (String stage : STAGES) {
      form.append(option(stage, stage, stage.equals(f.stage())));
    }
    form.append("</select></label><label>Error code or message<input name=\"error\" value=\"").append(Html.esc(f.error()))
        .append("\"></label><label>Show<select name=\"show\">").append(option("open", "open only", !f.all()))
        .append(option("all", "open and replayed", f.all())).append("</select></label>")
        .append("<button type=\"submit\">Filter</button> <a href=\"/admin/dead-letters\">Clear</a></form>");
    return form.toString();
  }

  private static String option(String value, String label, boolean selected) {
    return "<option value=\"" + Html.esc(value) + "\"" + (selected ? " selected" : "") + ">" + Html.esc(label)
        + "</option>";
  }

  /** POST: without {@code confirm=yes} shows what would be replayed; with it, replays and shows each outcome. */
  void replay(Context ctx, Session session) {
    Filters f = Filters.of(ctx::formParam);
    List<DeadLetter> letters = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String scope = ctx.formParam("one") != null ? "one" : ctx.formParam("scope");
    if ("all".equals(scope)) {
      DeadLetterFilter open = f.filter().unreplayed();
      long matching = data.store().deadLetters().count(open);
      if (matching > DeadLetterReplay.AT_MOST) {
        problems.add(matching + " dead letters match; replay at most " + DeadLetterReplay.AT_MOST
            + " at once: narrow the filters first");
      } else {
        letters.addAll(data.store().deadLetters().list(open, DeadLetterReplay.AT_MOST));
      }
    } else {
      List<String> ids = "one".equals(scope) ? List.of(ctx.formParam("one")) : ctx.formParams("id");
      for (String text : ids) {
        try {
          long id = Long.parseLong(text.strip());
          data.store().deadLetters().byId(id).ifPresentOrElse(letters::add,
              () -> problems.add("#" + id + ": there is no dead letter with this id"));
        } catch (NumberFormatException e) {
          problems.add("`" + text + "` is not a dead letter id");
        }
      }
    }
    if (letters.isEmpty()) {
      sessions.flash(session, "<p>Nothing was replayed: " + Html.esc(problems.isEmpty()
          ? "no dead letter was selected (tick the boxes of the ones to replay, or use “Replay all”)"
          : String.join("; ", problems)) + ".</p>");
      ctx.redirect("/admin/dead-letters?" + f.query(), HttpStatus.SEE_OTHER);
      return;
    }
    if (!"yes".equals(ctx.formParam("confirm"))) {
      ctx.html(Layout.page("Replay " + letters.size() + (letters.size() == 1 ? " dead letter?" : " dead letters?"),
          "/admin/dead-letters", session, null, confirmation(session, f, letters, "all".equals(scope))));
      return;
    }
    List<ReplayOutcome> outcomes = new DeadLetterReplay(data.store(), data.clock()).replayAll(letters);
    long replayed = outcomes.stream().filter(ReplayOutcome::replayed).count();
    StringBuilder flash = new StringBuilder("<p><strong>").append(replayed).append(" of ").append(outcomes.size())
        .append(" dead letters queued again</strong>")
        .append(replayed > 0 ? "; the running Revbridge handles them within seconds." : ".").append("</p><ul>");
    for (ReplayOutcome o : outcomes) {
      flash.append("<li class=\"").append(o.replayed() ? "ok" : "bad").append("\">#").append(o.letterId()).append(": ")
          .append(Html.esc(o.what())).append("</li>");
    }
    problems.forEach(p -> flash.append("<li class=\"bad\">").append(Html.esc(p)).append("</li>"));
    sessions.flash(session, flash.append("</ul>").toString());
    ctx.redirect("/admin/dead-letters?" + f.query(), HttpStatus.SEE_OTHER);
  }

  private static String confirmation(Session session, Filters f, List<DeadLetter> letters, boolean all) {
    StringBuilder body = new StringBuilder("<p>Failed writes go back to the outbox as they were; records that failed an"
        + " earlier stage are read afresh from the CRM. Replay only once the cause is fixed, or they fail again.</p>"
        + "<form method=\"post\" action=\"/admin/dead-letters/replay\">" + Html.hidden("_csrf", session.csrf())
        + f.hiddenFields() + Html.hidden("confirm", "yes") + Html.hidden("scope", all ? "all" : "selected"));
    if (!all) {
      // "All matching" is decided again on confirmation: letters failing meanwhile are included, replayed ones not.
      for (DeadLetter d : letters) {
        body.append(Html.hidden("id", d.id()));
      }
    }
    body.append("<ul>");
    letters.stream().limit(20).forEach(d -> body.append("<li>#").append(d.id()).append(" ")
        .append(Html.esc(d.connection() + "/" + d.objectType() + "/" + (d.recordId() == null ? "?" : d.recordId())))
        .append(" — ").append(Html.esc(d.stage())).append(": ").append(Html.esc(d.message())).append("</li>"));
    if (letters.size() > 20) {
      body.append("<li>… and ").append(letters.size() - 20).append(" more</li>");
    }
    return body.append("</ul><div class=\"actions\"><button type=\"submit\">Yes, replay ").append(letters.size())
        .append("</button><a href=\"/admin/dead-letters?").append(Html.esc(f.query()))
        .append("\">Cancel</a></div></form>").toString();
  }
}
