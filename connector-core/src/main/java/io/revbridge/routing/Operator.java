package io.revbridge.routing;

import java.util.Arrays;
import java.util.List;

/** How a rule condition compares a field with its values; the YAML spelling is {@link #word}. */
public enum Operator {
  EQ("eq"),
  NE("ne"),
  IN("in"),
  NOT_IN("notIn"),
  GT("gt"),
  GTE("gte"),
  LT("lt"),
  LTE("lte"),
  CONTAINS("contains"),
  PRESENT("present");

  private final String word;

  Operator(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  boolean numeric() {
    return this == GT || this == GTE || this == LT || this == LTE;
  }

  static List<String> words() {
    return Arrays.stream(values()).map(Operator::word).toList();
  }

  static Operator ofWord(String word) {
    return Arrays.stream(values()).filter(o -> o.word.equals(word)).findFirst().orElse(null);
  }
}
