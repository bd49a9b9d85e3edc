package io.revbridge.config;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Checks one key's value once it has been read and converted to its type. Validators never put a value
 * they were given into a message unless the value cannot be secret (a CRM name, a number).
 */
interface Validator {
  /**
   * @param value the converted value: {@code String}, {@code Integer}, {@code Path}, {@code List<String>},
   *     {@code Map<String,String>} or {@code List<Section>}, by the key's type
   * @param siblings the keys of the same section declared before this one
   */
  Optional<Complaint> check(Object value, Section siblings);

  /** The rule in words for the reference docs, e.g. "1–65535"; empty when there is nothing to say. */
  String describe();

  Validator NONE =
      new Validator() {
        @Override
        public Optional<Complaint> check(Object value, Section siblings) {
          return Optional.empty();
        }

        @Override
        public String describe() {
          return "";
        }
      };

  static Validator of(String description, BiFunction<Object, Section, Optional<Complaint>> check) {
    return new Validator() {
      @Override
      public Optional<Complaint> check(Object value, Section siblings) {
        return check.apply(value, siblings);
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }
}
