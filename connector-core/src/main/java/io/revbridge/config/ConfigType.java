package io.revbridge.config;

/** The shape of a key's value in YAML, as the reference docs and the "expected ..." messages name it. */
enum ConfigType {
  STRING("string", "a single value"),
  /** A string that must be one {@code ${VAR}} reference; resolved into a {@code Secret}. */
  SECRET("secret", "a single `${VAR}` reference"),
  INT("integer", "a whole number"),
  /** A folder path; relative paths resolve against the config file's folder. */
  FOLDER("folder", "a folder path"),
  /** A file path; relative paths resolve against the config file's folder. */
  FILE("file", "a file path"),
  STRING_LIST("list", "a list of values"),
  STRING_MAP("map", "a map of `key: value` pairs"),
  SECTION("section", "a section of keys"),
  SECTION_LIST("list of sections", "a list of sections");

  private final String docName;
  private final String expected;

  ConfigType(String docName, String expected) {
    this.docName = docName;
    this.expected = expected;
  }

  /** The name in the reference table's type column. */
  String docName() {
    return docName;
  }

  /** For "expected X, got Y" messages. */
  String expected() {
    return expected;
  }

  boolean isSection() {
    return this == SECTION || this == SECTION_LIST;
  }
}
