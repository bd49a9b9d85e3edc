package io.revbridge.spi;

/** The kinds of custom field Revbridge creates for its own results. */
public enum FieldType {
  STRING,
  TEXTAREA,
  NUMBER,
  DATETIME
}
