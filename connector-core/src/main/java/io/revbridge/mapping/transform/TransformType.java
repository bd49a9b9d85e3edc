package io.revbridge.mapping.transform;

/**
 * A kind of transform as it is written in a mapping file: {@code trim}, or {@code {truncate: 65000}} for one
 * that takes an argument. Implementations are stateless and registered in a {@link TransformRegistry}.
 */
public interface TransformType {
  /** The name used in mapping files. */
  String name();

  /** One sentence for the docs and for {@code mappings validate}. */
  String description();

  /** Whether the transform is written with an argument, {@code {name: argument}}. */
  boolean takesArgument();

  /** How to write it, shown as the fix when it is written wrongly, e.g. {@code {truncate: 65000}}. */
  String usage();

  /**
   * Builds the configured transform.
   *
   * @param argument the argument text, {@code null} when {@link #takesArgument()} is false
   * @throws IllegalArgumentException with a message naming what is wrong with the argument
   */
  Transform create(String argument);

  /**
   * Builds the configured transform from any argument form. The default accepts text only and hands it to
   * {@link #create(String)}; transforms configured with a list or map override this.
   *
   * @param argument {@code null} when the transform is written as a bare name
   * @throws IllegalArgumentException with a message naming what is wrong with the argument
   */
  default Transform create(TransformArgument argument) {
    return create(argument == null ? null : argument.asText("the argument of `" + name() + "`"));
  }

  /** True when the transform may be written both bare ({@code date}) and with an argument ({@code {date: dd/MM/yyyy}}). */
  default boolean argumentOptional() {
    return false;
  }

  /** What the transform hands on, checked against the canonical field's type at load. */
  default ValueKind produces() {
    return ValueKind.UNCHANGED;
  }

  /** True when the transform yields a value even if the CRM field is empty, so no CRM field is needed. */
  default boolean suppliesValue() {
    return false;
  }

  /**
   * True when the transform combines several CRM fields: it gets the values of every field listed in {@code crm}
   * (a list of texts, the blank ones left out) instead of the first that has a value, so it must come first in
   * the chain. Such transforms are inbound only.
   */
  default boolean combinesFields() {
    return false;
  }

  /** True when the transform needs the CRM record (inbound) and makes no sense on outbound values. */
  default boolean inboundOnly() {
    return false;
  }
}
