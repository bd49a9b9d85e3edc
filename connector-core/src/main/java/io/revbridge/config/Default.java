package io.revbridge.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A key's default: the value used when the key is absent, and how the reference docs describe it. The
 * value may depend on keys declared before it in the same section (the connection's {@code crm}).
 */
record Default(String doc, Function<Section, Optional<Object>> value) {
  static final Default NONE = new Default("", s -> Optional.empty());

  static Default of(Object value) {
    return new Default(code(value), s -> Optional.of(value));
  }

  /** No value in the config (the consumer supplies it); only a description for the docs. */
  static Default describedAs(String doc) {
    return new Default(doc, s -> Optional.empty());
  }

  /** One default per CRM, taken from the connection's {@code crm}. */
  static Default perCrm(Function<CrmKind, Object> byCrm) {
    return new Default(perCrmDoc(byCrm), s -> s.crm().map(byCrm));
  }

  /** Documents what the adapter uses per CRM when the key is absent; the config itself stays empty. */
  static Default describedPerCrm(Function<CrmKind, Object> byCrm) {
    return new Default(perCrmDoc(byCrm), s -> Optional.empty());
  }

  private static String perCrmDoc(Function<CrmKind, Object> byCrm) {
    return Arrays.stream(CrmKind.values())
        .map(k -> code(byCrm.apply(k)) + " for " + k.id())
        .collect(Collectors.joining(", "));
  }

  static String code(Object value) {
    return "`" + value + "`";
  }
}
