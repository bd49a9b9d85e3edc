package io.revbridge.mapping.transform;

/**
 * What a transform hands on, so that loading can refuse a chain whose result cannot fit its canonical field
 * (a {@code number} into a text field) before any record is read.
 */
public enum ValueKind {
  /** The value as it came in: trim, truncate, default and the like do not change its kind. */
  UNCHANGED("the value it was given"),
  TEXT("text"),
  WHOLE_NUMBER("a whole number"),
  NUMBER("a decimal number"),
  FLAG("true or false"),
  DATE("a date"),
  DATETIME("a point in time"),
  LIST("a list"),
  REFERENCE("a record reference");

  private final String words;

  ValueKind(String words) {
    this.words = words;
  }

  /** For messages: "a whole number". */
  public String words() {
    return words;
  }
}
