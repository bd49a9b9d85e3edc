package io.revbridge.sandbox.salesforce;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code POST /services/oauth2/token}: the client-credentials flow (client id + secret) and the JWT
 * bearer flow (the assertion's {@code iss} must be the client id). Once a public key is trusted
 * ({@link #trustJwtKey}, the certificate uploaded to the connected app), an assertion must also be RS256 and
 * signed by its private key, else Salesforce's answer for a bad signature: 400 {@code invalid_grant} /
 * {@code invalid assertion}. Without a trusted key the signature is not checked. Tokens stay valid until
 * {@link #expireSessions}.
 */
public final class SfTokenEndpoint {
  /** HTTP status and JSON body. */
  public record Answer(int status, String json) {}

  private final String clientId;
  private final String clientSecret;
  private final String instanceUrl;
  private final java.util.Set<String> valid = new java.util.HashSet<>();
  private int issued;
  private PublicKey jwtKey;

  public SfTokenEndpoint(String clientId, String clientSecret, String instanceUrl) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.instanceUrl = instanceUrl;
  }

  public synchronized boolean isValid(String token) {
    return valid.contains(token);
  }

  /** From now on JWT assertions must be signed (RS256) by the private key of {@code key}; null stops checking. */
  public synchronized void trustJwtKey(PublicKey key) {
    this.jwtKey = key;
  }

  /** Makes every issued token invalid, as a session timeout would. */
  public synchronized void expireSessions() {
    valid.clear();
  }

  public synchronized Answer handle(String form) {
    Map<String, String> p = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        p.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    String grant = p.getOrDefault("grant_type", "");
    if (grant.equals("client_credentials")) {
      if (!clientId.equals(p.get("client_id")) || !clientSecret.equals(p.get("client_secret"))) {
        return error(400, "invalid_client", "invalid client credentials");
      }
    } else if (grant.equals("urn:ietf:params:oauth:grant-type:jwt-bearer")) {
      String[] parts = p.getOrDefault("assertion", "").split("\\.", -1); // keeps an empty signature
      String claims = parts.length == 3 ? new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8) : "";
      if (!claims.contains("\"iss\":\"" + clientId + "\"")) {
        return error(400, "invalid_client_id", "client identifier invalid");
      }
      if (jwtKey != null && !signedByTrustedKey(parts)) {
        return error(400, "invalid_grant", "invalid assertion");
      }
    } else {
      return error(400, "unsupported_grant_type", "grant type not supported");
    }
    String current = "00D000000000001!sandbox-session-" + (++issued);
    valid.add(current);
    return new Answer(200, "{\"access_token\":\"" + current + "\",\"scope\":\"api\",\"instance_url\":\"" + instanceUrl
        + "\",\"id\":\"" + instanceUrl + "/id/" + SfOrg.ORG_ID + "/" + SfOrg.INTEGRATION_USER
        + "\",\"token_type\":\"Bearer\",\"issued_at\":\"" + System.currentTimeMillis() + "\"}");
  }

  /** RS256 in the header and a SHA256withRSA signature of {@code header.claims} that the trusted key verifies. */
  private boolean signedByTrustedKey(String[] parts) {
    try {
      String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
      if (!header.replace(" ", "").contains("\"alg\":\"RS256\"")) {
        return false;
      }
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(jwtKey);
      rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // not base64url, not an RSA key, a signature of the wrong length: not signed by it
    }
  }

  private static Answer error(int status, String error, String description) {
    return new Answer(status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
  }
}
