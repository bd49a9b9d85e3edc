package io.revbridge.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.revbridge.spi.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps a refresh token that HubSpot rotated, since {@code revbridge.yaml} and the environment cannot be
 * written. The file remembers which configured token it replaces (by SHA-256, never the token itself): when
 * the admin configures a new refresh token, the file no longer matches and the configured one wins.
 *
 * <p>The file holds a live credential: it is written owner-only (where the file system has POSIX
 * permissions), atomically, next to the H2 store by default. Not thread-safe; the caller serialises.
 */
public final class HubSpotRefreshTokenFile {
  private final Path file;

  public HubSpotRefreshTokenFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  /** The rotated token saved for {@code configured}, else {@code configured} itself. */
  public Secret load(Secret configured) {
    if (!Files.isRegularFile(file)) {
      return configured;
    }
    try {
      JsonNode saved = HubSpotJson.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (fingerprint(configured).equals(saved.path("replaces").asText())
          && !saved.path("refreshToken").asText("").isBlank()) {
        return Secret.of(saved.get("refreshToken").asText());
      }
    } catch (IOException e) {
      // unreadable or not ours: the configured token is the best we have
    }
    return configured;
  }

  /** Saves {@code current} as the token to use instead of {@code configured}. */
  public void save(Secret configured, Secret current) {
    ObjectNode saved = HubSpotJson.object();
    saved.put("replaces", fingerprint(configured));
    saved.put("refreshToken", current.reveal());
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".oauth", ".tmp");
      try {
        restrict(tmp);
        Files.writeString(tmp, HubSpotJson.write(saved), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the rotated HubSpot refresh token to " + file
          + " (option oauthTokenFile); make its folder writable", e);
    }
  }

  private static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
  }

  static String fingerprint(Secret token) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.reveal().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
