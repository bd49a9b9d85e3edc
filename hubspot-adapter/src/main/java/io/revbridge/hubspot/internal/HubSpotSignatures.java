package io.revbridge.hubspot.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's webhook signatures (api-notes §7), as pure functions over the raw body bytes. Freshness is the
 * verifier's business, so these can be checked against HubSpot's published vectors with old timestamps.
 */
public final class HubSpotSignatures {
  /** The only escapes HubSpot decodes before hashing a v3 URI; a general URL-decode would break it. */
  private static final Map<String, String> V3_ESCAPES = Map.ofEntries(
      Map.entry("%3A", ":"), Map.entry("%2F", "/"), Map.entry("%3F", "?"), Map.entry("%40", "@"),
      Map.entry("%21", "!"), Map.entry("%24", "$"), Map.entry("%27", "'"), Map.entry("%28", "("),
      Map.entry("%29", ")"), Map.entry("%2A", "*"), Map.entry("%2C", ","), Map.entry("%3B", ";"));

  private HubSpotSignatures() {}

  /** v1: {@code hex(SHA-256(secret + body))}. */
  public static String v1(String secret, byte[] body) {
    return HexFormat.of().formatHex(sha256(concat(secret.getBytes(UTF_8), body)));
  }

  /** v2: {@code hex(SHA-256(secret + method + uri + body))}. */
  public static String v2(String secret, String method, String uri, byte[] body) {
    return HexFormat.of().formatHex(sha256(concat((secret + method + uri).getBytes(UTF_8), body)));
  }

  /** v3: {@code base64(HMAC-SHA256(secret, method + decodedUri + body + timestamp))}, timestamp as sent. */
  public static String v3(String secret, String method, String uri, byte[] body, String timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      byte[] message = concat((method + decodeV3Uri(uri)).getBytes(UTF_8), body, timestamp.getBytes(UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** Decodes exactly the escapes of HubSpot's table, case-insensitively, and nothing else. */
  public static String decodeV3Uri(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%' && i + 3 <= uri.length()) {
        String decoded = V3_ESCAPES.get(uri.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT));
        if (decoded != null) {
          out.append(decoded);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Constant-time comparison, so timing does not reveal how much of a forged signature was right. */
  public static boolean same(String expected, String given) {
    return given != null && MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8));
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
