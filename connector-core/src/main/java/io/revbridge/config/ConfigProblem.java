package io.revbridge.config;

import java.util.Objects;

/**
 * One thing wrong with a config file, in the shape editors and CI logs link to:
 * {@code FILE:LINE:COL: KEY: what is wrong — fix}. Never holds a secret value.
 *
 * @param line 1-based; 0 when the problem is about the file as a whole (missing, unreadable)
 * @param column 1-based; 0 when {@code line} is 0
 * @param key the key as written in the file, e.g. {@code connections[0].accessToken}; empty for the file
 * @param fix what to do about it; may be empty when nothing better than the message can be said
 */
public record ConfigProblem(String file, int line, int column, String key, String message, String fix) {
  public ConfigProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fix, "fix");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (!key.isEmpty()) {
      out.append(key).append(": ");
    }
    out.append(message);
    if (!fix.isEmpty()) {
      out.append(" — ").append(fix);
    }
    return out.toString();
  }
}
