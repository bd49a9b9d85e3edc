package io.revbridge.salesforce.internal;

import io.revbridge.spi.ConnectionCrmException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs the assertion of the OAuth 2.0 JWT bearer flow with RS256 (the only algorithm Salesforce takes),
 * using the JDK's own crypto: the private key is a PKCS#8 PEM file.
 */
final class SalesforceJwt {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  /** Salesforce allows a few minutes of clock skew; the assertion is used at once. */
  private static final long LIFETIME_SECONDS = 180;

  private SalesforceJwt() {}

  static String assertion(SalesforceOptions options, Clock clock) {
    PrivateKey key = readKey(options.privateKeyFile().orElseThrow(), options.connection());
    long exp = clock.instant().getEpochSecond() + LIFETIME_SECONDS;
    String header = URL.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String claims = "{\"iss\":" + json(options.clientId()) + ",\"sub\":" + json(options.username())
        + ",\"aud\":" + json(audience(options.loginUrl())) + ",\"exp\":" + exp + "}";
    String unsigned = header + "." + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
      return unsigned + "." + URL.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new ConnectionCrmException("JWT_SIGNING", options.connection() + ": cannot sign the JWT with the key in "
          + options.privateKeyFile().get() + " (" + e.getClass().getSimpleName() + "); use an RSA key", null);
    }
  }

  /**
   * The authorization server the assertion is meant for: production or sandbox login for Salesforce
   * hosts (My Domain URLs included), the login URL itself for anything else (a local fake).
   */
  static String audience(String loginUrl) {
    String host = URI.create(loginUrl).getHost();
    if (host == null || !host.endsWith("salesforce.com")) {
      return loginUrl;
    }
    return host.equals("test.salesforce.com") || host.endsWith(".sandbox.my.salesforce.com")
        ? "https://test.salesforce.com"
        : "https://login.salesforce.com";
  }

  static PrivateKey readKey(Path file, String connection) {
    String pem;
    try {
      pem = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new ConnectionCrmException("PRIVATE_KEY", connection + ": cannot read auth.privateKeyFile " + file
          + " (" + e.getClass().getSimpleName() + "); check the path and that Revbridge's user may read it", null);
    }
    if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
      throw new ConnectionCrmException("PRIVATE_KEY", connection + ": " + file + " is not an unencrypted PKCS#8 key;"
          + " convert it with `openssl pkcs8 -topk8 -nocrypt -in " + file.getFileName() + " -out revbridge-sf.key`", null);
    }
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new ConnectionCrmException("PRIVATE_KEY", connection + ": " + file + " holds no `BEGIN PRIVATE KEY` block;"
          + " point auth.privateKeyFile at the PEM private key (not the certificate)", null);
    }
    String base64 = pem.substring(begin + 27, end).replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new ConnectionCrmException("PRIVATE_KEY", connection + ": " + file + " is not a readable RSA private key ("
          + e.getClass().getSimpleName() + ")", null);
    }
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
