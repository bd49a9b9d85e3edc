package io.revbridge.app.console;

import io.revbridge.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Signs in with {@code admin.token} (role admin) or {@code admin.viewerToken} (role viewer); constant-time compares. */
public final class TokenSignIn implements SignIn {
  private final Secret admin;
  private final Optional<Secret> viewer;

  public TokenSignIn(Secret admin, Optional<Secret> viewer) {
    this.admin = admin;
    this.viewer = viewer;
  }

  @Override
  public Optional<Viewer> verify(String credential) {
    if (credential == null || credential.isEmpty()) {
      return Optional.empty();
    }
    byte[] given = credential.strip().getBytes(StandardCharsets.UTF_8);
    // Both compared every time, so the response time does not tell which token was nearly right.
    boolean isAdmin = MessageDigest.isEqual(admin.reveal().getBytes(StandardCharsets.UTF_8), given);
    boolean isViewer = viewer.isPresent()
        && MessageDigest.isEqual(viewer.get().reveal().getBytes(StandardCharsets.UTF_8), given);
    if (isAdmin) {
      return Optional.of(new Viewer("admin", Role.ADMIN));
    }
    return isViewer ? Optional.of(new Viewer("viewer", Role.VIEWER)) : Optional.empty();
  }
}
