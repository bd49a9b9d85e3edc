package io.revbridge.salesforce.internal;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import io.revbridge.spi.ConnectionCrmException;
import io.revbridge.spi.CrmException;
import io.revbridge.spi.RejectedCrmException;
import io.revbridge.spi.RetryableCrmException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns force-wsc exceptions into the SPI's typed failures: what to retry, what pauses the connection,
 * what only an admin can fix. Messages carry Salesforce's own words plus the fix, never a token.
 */
final class SalesforceFaults {
  /** The daily allocation is a rolling 24 h window: retrying soon only burns more of it. */
  static final Duration LIMIT_PAUSE = Duration.ofHours(1);

  private static final Set<String> TRANSIENT = Set.of("SERVER_UNAVAILABLE", "QUERY_TIMEOUT",
      "REQUEST_RUNNING_TOO_LONG", "UNABLE_TO_LOCK_ROW", "INVALID_QUERY_LOCATOR", "OPERATION_TOO_LARGE");
  private static final Set<String> CONFIGURATION = Set.of("INVALID_FIELD", "INVALID_TYPE", "MALFORMED_QUERY",
      "INVALID_SESSION_ID", "INSUFFICIENT_ACCESS", "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED",
      "UNSUPPORTED_API_VERSION", "INVALID_LOGIN", "INVALID_OPERATION", "ORG_LOCKED", "INACTIVE_OWNER_OR_USER");

  /** Salesforce's words for an unknown field in SOQL: "No such column 'Foo__c' on entity 'Lead'." */
  private static final Pattern NO_SUCH_COLUMN = Pattern.compile("No such column '([^']+)' on entity '([^']+)'");
  /** ... and for an unknown object: "sObject type 'Leed' is not supported." */
  private static final Pattern NOT_SUPPORTED_TYPE = Pattern.compile("sObject type '([^']+)' is not supported");

  private SalesforceFaults() {}

  /** The fault code, whether wsc bound a typed fault or only saw a faultcode. */
  static String code(ConnectionException e) {
    if (e instanceof ApiFault fault && fault.getExceptionCode() != null) {
      return fault.getExceptionCode().name();
    }
    if (e instanceof SoapFaultException fault && fault.getFaultCode() != null) {
      return fault.getFaultCode().getLocalPart();
    }
    return "";
  }

  static CrmException translate(String connection, String what, ConnectionException e) {
    String code = code(e);
    String said = e instanceof ApiFault fault && fault.getExceptionMessage() != null
        ? fault.getExceptionMessage() : String.valueOf(e.getMessage());
    String prefix = connection + ": " + what + ": ";
    if (code.isEmpty()) {
      return new RetryableCrmException("TRANSPORT", prefix + "no usable answer from Salesforce ("
          + e.getClass().getSimpleName() + ": " + said + "); Revbridge will try again", null, e);
    }
    if (code.equals("REQUEST_LIMIT_EXCEEDED")) {
      return new RetryableCrmException(code, prefix + "Salesforce's API request limit is used up (" + code + ": " + said
          + "); the connection pauses for " + LIMIT_PAUSE.toMinutes() + " minutes. See Setup → Company Information "
          + "→ API Requests, Last 24 Hours", LIMIT_PAUSE, e);
    }
    if (TRANSIENT.contains(code)) {
      return new RetryableCrmException(code, prefix + code + ": " + said + "; Revbridge will try again", null, e);
    }
    if (code.equals("INVALID_FIELD") || code.equals("INVALID_TYPE")) {
      return new ConnectionCrmException(code, prefix + code + ": " + said + "; " + mappingFix(code, said), e);
    }
    if (CONFIGURATION.contains(code)) {
      return new ConnectionCrmException(code, prefix + code + ": " + said + "; " + fix(code), e);
    }
    return new RejectedCrmException(code, prefix + code + ": " + said, e);
  }

  /**
   * Names the field (or object) Salesforce refused and the mapping file it comes from: the file in the
   * {@code mappings} folder whose {@code object:} is that object. The adapter does not know the file's path.
   */
  static String mappingFix(String code, String said) {
    Matcher column = NO_SUCH_COLUMN.matcher(said);
    if (code.equals("INVALID_FIELD") && column.find()) {
      String field = column.group(1);
      String object = column.group(2);
      return "`" + field + "` is not a field of " + object + " that the integration user can see. Fix or remove "
          + "`crm: " + field + "` in the mapping file with `object: " + object + "` (in the `mappings` folder), or "
          + "create the field (`revbridge setup salesforce --out DIR` for Revbridge's own fields) and grant the user "
          + "field-level security on it";
    }
    Matcher type = NOT_SUPPORTED_TYPE.matcher(said);
    if (code.equals("INVALID_TYPE") && type.find()) {
      return "`" + type.group(1) + "` is not an object the integration user can read: fix `objects` or the mapping "
          + "file with `object: " + type.group(1) + "`, or give the user Read on it";
    }
    return fix(code);
  }

  private static String fix(String code) {
    return switch (code) {
      case "INVALID_FIELD" -> "a mapped field does not exist on this object or the integration user cannot see it: "
          + "fix the mapping file, or create the field (`revbridge setup salesforce --out DIR`) and grant field-level"
          + " security";
      case "INVALID_TYPE" -> "the object does not exist or the user cannot read it: check `objects` and the user's "
          + "object permissions";
      case "INVALID_SESSION_ID" -> "the session was refused even after a fresh token: check that the app's tokens "
          + "are opaque (not JWT-based) and the user keeps API access";
      case "INSUFFICIENT_ACCESS", "API_DISABLED_FOR_ORG", "API_CURRENTLY_DISABLED" ->
          "give the integration user the `API Enabled` permission and access to the objects (edition must allow API)";
      case "UNSUPPORTED_API_VERSION" -> "set `apiVersion` to a version your org supports, e.g. 65.0";
      default -> "check the integration user's permissions (run `revbridge check`)";
    };
  }
}
