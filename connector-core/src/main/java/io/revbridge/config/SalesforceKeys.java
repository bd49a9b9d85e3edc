package io.revbridge.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Defaults and validators of the Salesforce-only connection keys, kept apart so RevbridgeKeys stays a list. */
final class SalesforceKeys {
  static final String JWT = "jwt";
  static final String CLIENT_CREDENTIALS = "client-credentials";
  static final List<String> FLOWS = List.of(JWT, CLIENT_CREDENTIALS);

  private static final Pattern API_VERSION = Pattern.compile("[1-9][0-9]\\.0");
  private static final Pattern ORG_ID = Pattern.compile("00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?");

  private SalesforceKeys() {}

  /** A default that applies to Salesforce connections only; other CRMs keep the key empty. */
  static Default onlySalesforce(Object value) {
    return new Default(Default.code(value) + " for salesforce",
        s -> s.crm().filter(k -> k == CrmKind.SALESFORCE).map(k -> value));
  }

  /** Wraps a key's validator: the key means something for Salesforce connections only. */
  static Validator onlyForSalesforce(Validator inner) {
    return Validator.of(inner.describe(), (value, s) -> {
      if (s.crm().isPresent() && s.crm().get() != CrmKind.SALESFORCE) {
        return Optional.of(new Complaint("is a Salesforce setting, but this connection is crm: " + s.crm().get().id(),
            "remove it, or set `crm: salesforce`"));
      }
      return inner.check(value, s);
    });
  }

  static Validator apiVersion() {
    return Validator.of("Like `65.0`.", (value, s) -> API_VERSION.matcher((String) value).matches()
        ? Optional.empty()
        : Optional.of(new Complaint("`" + value + "` is not an API version", "write it like `65.0`")));
  }

  static Validator organizationId() {
    return Validator.of("An org id: `00D` and 12 or 15 more letters and digits.",
        (value, s) -> ORG_ID.matcher((String) value).matches()
            ? Optional.empty()
            : Optional.of(new Complaint("`" + value + "` is not a Salesforce organization id",
                "copy it from Setup → Company Information (Salesforce.com Organization ID), e.g. `00D5g000000AbCdEAK`")));
  }

  /** Each flow needs its own keys; the section's keys are all optional on their own so other CRMs never see them. */
  static Validator completeAuth() {
    return Validator.of("`flow` and `clientId`; `username` and `privateKeyFile` for `jwt`; `clientSecret` for "
        + "`client-credentials`.", (value, s) -> {
          Section auth = (Section) value;
          Optional<String> flow = auth.string("flow");
          if (flow.isEmpty()) {
            return missing("flow", "`flow: jwt` or `flow: client-credentials`");
          }
          if (auth.get("clientId").isEmpty()) {
            return missing("clientId", "`clientId: <the connected app's consumer key>`");
          }
          if (flow.get().equals(JWT) && auth.get("username").isEmpty()) {
            return missing("username", "`username: <the integration user's username>` (the JWT flow acts as this user)");
          }
          if (flow.get().equals(JWT) && auth.get("privateKeyFile").isEmpty()) {
            return missing("privateKeyFile", "`privateKeyFile: <PEM file of the key whose certificate the app holds>`");
          }
          if (flow.get().equals(CLIENT_CREDENTIALS) && auth.get("clientSecret").isEmpty()) {
            return missing("clientSecret", "`clientSecret: ${SALESFORCE_CLIENT_SECRET}` and export the consumer secret");
          }
          return Optional.empty();
        });
  }

  private static Optional<Complaint> missing(String key, String example) {
    return Optional.of(new Complaint("misses `" + key + "`", "add " + example + " under `auth:`"));
  }
}
