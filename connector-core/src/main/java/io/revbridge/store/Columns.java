package io.revbridge.store;

import java.util.Objects;

/**
 * Column sizes of the migrations, checked when a value is built so that an over-long id fails where the
 * caller can set that one record aside, instead of failing the whole batch inside the database.
 */
final class Columns {
  static final int CONNECTION = 100;
  static final int OBJECT_TYPE = 100;
  static final int RECORD_ID = 255;
  /** A written field's name: the size of the ledger's old column, kept since V19 put the names in JSON. */
  static final int FIELD = 255;
  static final int KEY = 1000;
  static final int STAGE = 64;
  static final int DECISION = 500;
  static final int ERROR_CODE = 100;
  static final int STATE_KEY = 200;
  static final int STATE_VALUE = 4000;

  private Columns() {}

  /** A non-blank value of at most {@code max} characters. */
  static String required(String value, String name, int max) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank: the store needs a value");
    }
    return fits(value, name, max);
  }

  /** Null, or a value of at most {@code max} characters. */
  static String optional(String value, String name, int max) {
    return value == null ? null : fits(value, name, max);
  }

  private static String fits(String value, String name, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          name + " is " + value.length() + " characters long; the store keeps at most " + max
              + " (starts with '" + value.substring(0, 40) + "...')");
    }
    return value;
  }
}
