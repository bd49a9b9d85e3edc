package io.revbridge.spi;

/** The kinds of custom field Revbridge creates for its own results. */
public enum FieldType {
  STRING,
  TEXTAREA,
  NUMBER,
  DATETIME,
  /** A picklist whose values are {@link FieldSpec#options()}. */
  ENUMERATION
}
