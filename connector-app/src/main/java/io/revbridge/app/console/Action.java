package io.revbridge.app.console;

import io.javalin.http.Context;

/** One POST of the console. Only reached by an admin session whose CSRF token matched. */
interface Action {
  void handle(Context ctx, Session session);
}
