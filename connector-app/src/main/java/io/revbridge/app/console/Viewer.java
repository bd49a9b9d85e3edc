package io.revbridge.app.console;

import java.util.Objects;

/**
 * Who is looking at the console.
 *
 * @param name how the person is shown in the header ({@code admin}, {@code viewer}, or an OIDC subject's name)
 */
public record Viewer(String name, Role role) {
  public Viewer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
