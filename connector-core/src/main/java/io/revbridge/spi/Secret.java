package io.revbridge.spi;

import java.util.Objects;

/**
 * A credential resolved from the environment. Its {@code toString} never shows the value, so a secret
 * that reaches a log line, an exception message or the admin API by accident shows as {@code ****}.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The clear text, for the one place that must send it (an Authorization header, an HMAC key). */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "****";
  }
}
