package io.revbridge.mapping;

/**
 * One thing wrong in a mapping file, precise enough to fix without reading the code.
 *
 * @param file where the file was read from (a path, or {@code classpath:...})
 * @param line 1-based; 0 when the problem concerns the whole source (e.g. a missing folder)
 * @param column 1-based; 0 when unknown
 * @param key the key path inside the file, e.g. {@code fields[3].transforms[0]}; {@code null} for the file itself
 * @param message what is wrong
 * @param fix how to fix it; {@code null} when the message says it all
 */
public record MappingProblem(String file, int line, int column, String key, String message, String fix) {

  /** One line: {@code file:line:column: key: message (fix: ...)}. */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (key != null) {
      text.append(key).append(": ");
    }
    text.append(message);
    if (fix != null) {
      text.append(" (fix: ").append(fix).append(')');
    }
    return text.toString();
  }
}
