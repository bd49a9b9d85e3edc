package io.revbridge.salesforce.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The line Revbridge ends each Salesforce task's Comments (Description) with: it says who made the task, and the
 * activity feed recognises Revbridge's own tasks by it, so they never count as a rep's touch. Salesforce tasks have
 * no field of Revbridge's own to carry this (HubSpot tasks carry {@code revbridge_task_key}).
 */
final class SalesforceTaskMarker {
  static final String PREFIX = "Created by Revbridge (task ";

  private SalesforceTaskMarker() {}

  /** The closing line for a task with this idempotency key: a short digest, never the key's text. */
  static String line(String idempotencyKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, 6) + ")";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The task's Comments with the closing line. */
  static String describe(String body, String idempotencyKey) {
    return (body == null || body.isBlank() ? "" : body + "\n\n") + line(idempotencyKey);
  }

  static boolean marked(String description) {
    return description != null && description.contains(PREFIX);
  }
}
