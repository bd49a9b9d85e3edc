package io.revbridge.app;

import io.revbridge.sandbox.HubSpotSandbox;
import io.revbridge.sandbox.SandboxOptions;
import io.revbridge.sandbox.SandboxRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** A sandbox plus a revbridge.yaml pointing at it, with the store in a temp folder. */
final class SandboxFixture implements AutoCloseable {
  static final String TOKEN_VAR = "HUBSPOT_TEST_TOKEN";
  static final String SECRET_VAR = "HUBSPOT_TEST_CLIENT_SECRET";
  static final String CLIENT_SECRET = "test-client-secret";

  final HubSpotSandbox sandbox;
  final Path config;
  final Map<String, String> env;

  SandboxFixture(Path folder, SandboxOptions options) throws IOException {
    this(folder, options, "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath().toString().replace('\\', '/'));
  }

  /** With the store at {@code storeUrl}; a PostgreSQL URL is used as user {@code postgres} without password. */
  SandboxFixture(Path folder, SandboxOptions options, String storeUrl) throws IOException {
    this.sandbox = HubSpotSandbox.start(options);
    this.config = folder.resolve("revbridge.yaml");
    Files.writeString(config, String.join("\n",
        "store:",
        "  url: " + storeUrl,
        storeUrl.startsWith("jdbc:postgresql:") ? "  user: postgres" : "",
        "sync:",
        "  pollIntervalSeconds: 3600",
        "connections:",
        "  - name: main",
        "    crm: hubspot",
        "    baseUrl: " + sandbox.baseUrl(),
        "    accessToken: ${" + TOKEN_VAR + "}",
        "    clientSecret: ${" + SECRET_VAR + "}",
        "    objects: [contacts]",
        ""));
    this.env = Map.of(TOKEN_VAR, sandbox.accessToken(), SECRET_VAR, CLIENT_SECRET);
    // A sandbox without rate limits needs no pacing: the client would otherwise wait at HubSpot's default pace.
    if (options.burstPer10s() == 0) {
      option("burstPer10s", "1000");
    }
    if (options.searchPerSecond() == 0) {
      option("searchPerSecond", "50");
    }
  }

  /** Sets one of the connection's adapter options ({@code connections[].options}). */
  void option(String key, String value) throws IOException {
    String yaml = Files.readString(config);
    String entry = "      " + key + ": \"" + value + "\"\n";
    Files.writeString(config, yaml.contains("    options:\n")
        ? yaml.replace("    options:\n", "    options:\n" + entry)
        : yaml.replaceFirst("(?m)^(    objects: .*\n)", "$1    options:\n" + Matcher.quoteReplacement(entry)));
  }

  Cli cli(String... args) {
    String[] withConfig = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--config", config.toString())).toArray(String[]::new);
    return Cli.run(env, withConfig);
  }

  List<SandboxRecord> contacts() {
    return sandbox.records("contacts");
  }

  /** Contacts in the order a poll sees them: modified time, then numeric id. */
  List<SandboxRecord> contactsInPollOrder() {
    return contacts().stream()
        .sorted(Comparator.comparing((SandboxRecord r) -> java.time.Instant.parse(r.get("lastmodifieddate")))
            .thenComparing(r -> Long.parseLong(r.id())))
        .toList();
  }

  /** Active owner ids, sorted, as the owners API lists them. */
  List<String> ownerIds() throws IOException, InterruptedException {
    var http = java.net.http.HttpClient.newHttpClient();
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/crm/v3/owners?limit=100"))
        .header("Authorization", "Bearer " + sandbox.accessToken()).build();
    String body = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("results");
    List<String> ids = new java.util.ArrayList<>();
    results.forEach(o -> ids.add(o.get("id").asText()));
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
