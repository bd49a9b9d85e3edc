package io.revbridge.hubspot.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which private-app scope a call needs, so a 401 or 403 can tell the admin exactly what to grant. */
public final class HubSpotScopes {
  /** The scopes Revbridge needs for contacts, companies and deals; stated once for every message. */
  public static final String ALL =
      "crm.objects.contacts.read, crm.objects.contacts.write, crm.objects.companies.read, "
          + "crm.objects.companies.write, crm.objects.deals.read, crm.objects.deals.write, "
          + "crm.objects.owners.read, crm.schemas.contacts.read, crm.schemas.contacts.write, "
          + "crm.schemas.companies.read, crm.schemas.companies.write, crm.schemas.deals.read, "
          + "crm.schemas.deals.write";

  private static final Pattern OBJECTS = Pattern.compile("/crm/v3/objects/([a-z_]+)(/.*)?$");
  private static final Pattern PROPERTIES = Pattern.compile("/crm/v3/properties/([a-z_]+)(/.*)?$");

  private HubSpotScopes() {}

  /** How to get a working token, with the scopes; reused by the 401 error and by {@code check}. */
  public static String privateAppAdvice() {
    return "Create a private app in HubSpot (Settings > Integrations > Private Apps > Create a private app),"
        + " grant it the scopes " + ALL + ", then put its access token in the environment variable that"
        + " this connection's accessToken refers to and restart.";
  }

  /**
   * The scope a call needs, judged from its method and path (which may carry a base-URL prefix); empty
   * for paths this adapter never calls.
   */
  public static Optional<String> requiredFor(String method, String path) {
    if (path.contains("/crm/v3/owners")) {
      return Optional.of("crm.objects.owners.read");
    }
    Matcher objects = OBJECTS.matcher(path);
    if (objects.find()) {
      String type = objects.group(1);
      String rest = objects.group(2) == null ? "" : objects.group(2);
      boolean reads = method.equals("GET") || rest.endsWith("/search") || rest.endsWith("/batch/read");
      // HubSpot grants tasks through the contacts scopes (api-notes §6).
      String scopeObject = type.equals("tasks") ? "contacts" : type;
      return Optional.of("crm.objects." + scopeObject + (reads ? ".read" : ".write"));
    }
    Matcher properties = PROPERTIES.matcher(path);
    if (properties.find()) {
      return Optional.of("crm.schemas." + properties.group(1) + (method.equals("GET") ? ".read" : ".write"));
    }
    return Optional.empty();
  }
}
