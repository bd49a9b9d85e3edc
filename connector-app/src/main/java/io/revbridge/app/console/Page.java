package io.revbridge.app.console;

import io.javalin.http.Context;

/** One GET page of the console: reads the request, answers the title, the navigation entry and the body's HTML. */
interface Page {
  Rendered render(Context ctx, Session session);

  /**
   * @param nav the navigation entry the page belongs to ({@code /admin/records} for a record's trail)
   * @param status the HTTP status (200, or 404 for a record the store does not know)
   */
  record Rendered(String title, String nav, String body, int status) {
    Rendered(String title, String nav, String body) {
      this(title, nav, body, 200);
    }
  }
}
