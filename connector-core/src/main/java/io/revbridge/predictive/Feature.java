package io.revbridge.predictive;

import java.util.Objects;

/**
 * One yes/no fact about a record that a model can weigh, e.g. {@code size:50-200}. Every feature is an indicator:
 * numbers are bucketed, so each weight reads as "this fact moves the odds by so much".
 *
 * @param key stable name the model stores its weight under ({@code group:value})
 * @param text what a rep reads in the factors ("Director of IT at a 50–200 company")
 */
public record Feature(String key, String text) {
  public Feature {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
  }

  /** The part of the key before the colon: features of one group describe the same fact (size, role, ...). */
  public String group() {
    return groupOf(key);
  }

  static String groupOf(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(0, colon);
  }
}
