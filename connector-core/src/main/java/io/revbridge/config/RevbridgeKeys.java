package io.revbridge.config;

import static io.revbridge.config.ConfigType.FOLDER;
import static io.revbridge.config.ConfigType.INT;
import static io.revbridge.config.ConfigType.SECRET;
import static io.revbridge.config.ConfigType.SECTION;
import static io.revbridge.config.ConfigType.SECTION_LIST;
import static io.revbridge.config.ConfigType.STRING;
import static io.revbridge.config.ConfigType.STRING_LIST;
import static io.revbridge.config.ConfigType.STRING_MAP;

/**
 * Every key of {@code revbridge.yaml}, declared once. Validation ({@link ConfigWalker}) and the reference
 * docs ({@link ConfigReference}) both come from here, so they cannot drift apart. The key names are public:
 * renaming one breaks every admin's file.
 */
final class RevbridgeKeys {
  static final String DEFAULT_STORE_URL = "jdbc:h2:file:./data/revbridge";
  static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

  static final ConfigDef DEF =
      new ConfigDef()
          .define("store", SECTION)
          .doc("Where Revbridge keeps its inbox, outbox, ledger and cursors.")
          .define("store.url", STRING)
          .defaultValue(DEFAULT_STORE_URL)
          .validator(Validators.startsWith("jdbc:h2:", "jdbc:postgresql:"))
          .example("jdbc:postgresql://db.example.com:5432/revbridge")
          .doc("JDBC URL of the store: an H2 file (no setup) or PostgreSQL (production, several instances).")
          .define("store.user", STRING)
          .example("revbridge")
          .doc("Database user.")
          .define("store.password", SECRET)
          .example("database password")
          .doc("Database password.")
          .define("server", SECTION)
          .doc("The HTTP server for webhooks, health, metrics and the admin API.")
          .define("server.port", INT)
          .defaultValue(8080)
          .validator(Validators.between(1, 65535))
          .example("8080")
          .doc("TCP port the server listens on.")
          .define("server.webhookMaxBytes", INT)
          .defaultValue(1_048_576)
          .validator(Validators.between(1_024, 104_857_600))
          .example("1048576")
          .doc("Largest webhook body accepted, in bytes; a bigger one is answered 413 and nothing of it is stored.")
          .define("sync", SECTION)
          .doc("How the sync engine paces itself.")
          .define("sync.pollIntervalSeconds", INT)
          .defaultValue(60)
          .validator(Validators.between(5, 86400))
          .example("60")
          .doc("Seconds between polls of each CRM in `run`.")
          .define("sync.batchSize", INT)
          .defaultValue(100)
          .validator(Validators.between(1, 1000))
          .example("100")
          .doc("Records processed per pipeline batch.")
          .define("connections", SECTION_LIST)
          .required()
          .validator(Validators.atLeastOne("add a connection: `- name: hubspot-main` with `crm: hubspot`"))
          .example("[{name: hubspot-main, crm: hubspot}]")
          .doc("The CRM accounts Revbridge syncs with.")
          .define("connections[].name", STRING)
          .required()
          .unique()
          .validator(Validators.matches(NAME_PATTERN, "lowercase letters, digits and dashes, starting with a letter "
              + "or digit, at most 40 characters, e.g. `hubspot-main`"))
          .example("hubspot-main")
          .doc("Unique name of the connection; part of its webhook URL (`/webhooks/<crm>/<name>`).")
          .define("connections[].crm", STRING)
          .required()
          .validator(Validators.oneOf(CrmKind.ids()))
          .example("hubspot")
          .doc("Which CRM this connection talks to.")
          .define("connections[].baseUrl", STRING)
          .defaultValue(Default.describedPerCrm(CrmKind::realServiceUrl))
          .validator(Validators.httpUrl())
          .example("http://127.0.0.1:8089")
          .doc("API base URL; set it to point at a sandbox or a test server. Unset means the real service.")
          .define("connections[].oauth", SECTION)
          .doc("OAuth app credentials (HubSpot): Revbridge gets and refreshes its own access tokens.")
          .define("connections[].oauth.refreshToken", SECRET)
          .example("OAuth refresh token")
          .doc("Refresh token from installing the app in the account; a rotated one is kept in the file named by option `oauthTokenFile`.")
          .define("connections[].oauth.clientId", STRING)
          .required(Requirement.whenSet("refreshToken"))
          .example("5a6b7c8d-1234-4e5f-9a8b-0c1d2e3f4a5b")
          .doc("The OAuth app's client id.")
          .define("connections[].oauth.clientSecret", SECRET)
          .required(Requirement.whenSet("refreshToken"))
          .example("OAuth app client secret")
          .doc("The OAuth app's client secret; also verifies webhooks when `clientSecret` is unset.")
          .define("connections[].accessToken", SECRET)
          .required(Requirement.forCrmsUnlessOAuth(CrmKind::needsAccessToken))
          .example("API token")
          .doc("API token (for HubSpot: the private app's access token; not needed with `oauth`).")
          .define("connections[].clientSecret", SECRET)
          .example("app client secret")
          .doc("The app's client secret; used to verify webhook signatures.")
          .define("connections[].objects", STRING_LIST)
          .defaultValue(Default.perCrm(CrmKind::defaultObjects))
          .validator(Validators.objectsOfCrm())
          .example("[contacts, companies]")
          .doc("CRM objects to sync, in the CRM's own names.")
          .define("connections[].options", STRING_MAP)
          .example("{key: value}")
          .doc("Adapter-specific settings, passed to the adapter as they are.")
          .define("mappings", FOLDER)
          .defaultValue(Default.describedAs("built in"))
          .validator(Validators.existingFolder())
          .example("./mappings")
          .doc("Folder of field mappings, one file per CRM object. Relative to this file's folder.")
          .define("playbook", FOLDER)
          .defaultValue(Default.describedAs("built in"))
          .validator(Validators.existingFolder())
          .example("./playbook")
          .doc("Folder of the playbook (scoring, routing, sequences). Relative to this file's folder.");

  private RevbridgeKeys() {}
}
