package io.revbridge.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the config needs to know about each supported CRM. This is the only place in the config package
 * that names a CRM; adding one means adding a constant here (and an adapter).
 */
enum CrmKind {
  HUBSPOT(
      "hubspot",
      "https://api.hubapi.com",
      List.of("contacts"),
      List.of("contacts", "companies", "deals"),
      true,
      "private app token"),
  SALESFORCE(
      "salesforce",
      "https://login.salesforce.com",
      List.of("Lead"),
      List.of("Lead", "Contact", "Account", "Opportunity"),
      false,
      "access token");

  private final String id;
  private final String realServiceUrl;
  private final List<String> defaultObjects;
  private final List<String> allowedObjects;
  private final boolean needsAccessToken;
  private final String tokenName;

  CrmKind(
      String id,
      String realServiceUrl,
      List<String> defaultObjects,
      List<String> allowedObjects,
      boolean needsAccessToken,
      String tokenName) {
    this.id = id;
    this.realServiceUrl = realServiceUrl;
    this.defaultObjects = defaultObjects;
    this.allowedObjects = allowedObjects;
    this.needsAccessToken = needsAccessToken;
    this.tokenName = tokenName;
  }

  /** The value of {@code connections[].crm}. */
  String id() {
    return id;
  }

  String realServiceUrl() {
    return realServiceUrl;
  }

  List<String> defaultObjects() {
    return defaultObjects;
  }

  List<String> allowedObjects() {
    return allowedObjects;
  }

  boolean needsAccessToken() {
    return needsAccessToken;
  }

  /** What this CRM calls the token in {@code accessToken}, for "export X=<...>" fixes. */
  String tokenName() {
    return tokenName;
  }

  static Optional<CrmKind> byName(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  static List<String> ids() {
    return Arrays.stream(values()).map(CrmKind::id).toList();
  }
}
