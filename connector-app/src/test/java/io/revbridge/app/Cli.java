package io.revbridge.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process and captures what the user would see. */
record Cli(int exitCode, String out, String err) {
  static Cli run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RevbridgeMain.execute(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Cli(code, out.toString(), err.toString());
  }

  String lastLine() {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
