package io.revbridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The validators the declaration uses; each states its rule for the docs and its fix for the user. */
final class Validators {
  private Validators() {}

  static Validator between(int min, int max) {
    return Validator.of(
        "From " + min + " to " + max + ".",
        (value, s) -> {
          int n = (Integer) value;
          return n >= min && n <= max
              ? Optional.empty()
              : Optional.of(new Complaint(n + " is out of range", "use a number from " + min + " to " + max));
        });
  }

  /** For values that may hold credentials (JDBC URLs): the value itself is never echoed. */
  static Validator startsWith(String... prefixes) {
    String list = Arrays.stream(prefixes).map(p -> "`" + p + "`").collect(Collectors.joining(" or "));
    return Validator.of(
        "Starts with " + list + ".",
        (value, s) ->
            Arrays.stream(prefixes).anyMatch(((String) value)::startsWith)
                ? Optional.empty()
                : Optional.of(new Complaint("must start with " + list, "e.g. `jdbc:h2:file:./data/revbridge` or "
                    + "`jdbc:postgresql://db.example.com:5432/revbridge`")));
  }

  static Validator matches(String regex, String rule) {
    Pattern pattern = Pattern.compile(regex);
    return Validator.of(
        "Matches `" + regex + "`.",
        (value, s) ->
            pattern.matcher((String) value).matches()
                ? Optional.empty()
                : Optional.of(new Complaint("`" + value + "` is not a valid name", "use " + rule)));
  }

  static Validator oneOf(List<String> allowed) {
    String list = allowed.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
    return Validator.of(
        "One of " + list + ".",
        (value, s) ->
            allowed.contains(value)
                ? Optional.empty()
                : Optional.of(new Complaint("`" + value + "` is not supported", didYouMean((String) value, allowed)
                    + "use one of " + list)));
  }

  /** An absolute http or https URL with a host; never echoed, as URLs can carry user:password. */
  static Validator httpUrl() {
    return Validator.of(
        "An http or https URL.",
        (value, s) -> {
          try {
            URI uri = new URI((String) value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
              return Optional.empty();
            }
          } catch (URISyntaxException e) {
            // same answer as a URL without scheme or host
          }
          return Optional.of(new Complaint("is not an http(s) URL with a host",
              "write the full URL, e.g. `https://api.hubapi.com` or `http://127.0.0.1:8089` for a local sandbox"));
        });
  }

  static Validator atLeastOne(String fix) {
    return Validator.of(
        "At least one.",
        (value, s) ->
            ((List<?>) value).isEmpty() ? Optional.of(new Complaint("is empty", fix)) : Optional.empty());
  }

  /** Each listed object must exist in the connection's CRM; nothing to say when the crm is invalid. */
  static Validator objectsOfCrm() {
    String rule =
        Arrays.stream(CrmKind.values())
            .map(k -> k.id() + ": " + String.join(", ", k.allowedObjects()))
            .collect(Collectors.joining("; "));
    return Validator.of(
        "Allowed: " + rule + ".",
        (value, siblings) -> {
          Optional<CrmKind> crm = siblings.crm();
          if (crm.isEmpty()) {
            return Optional.empty();
          }
          List<String> allowed = crm.get().allowedObjects();
          List<?> objects = (List<?>) value;
          Set<Object> seen = new HashSet<>();
          for (int i = 0; i < objects.size(); i++) {
            String object = (String) objects.get(i);
            if (!allowed.contains(object)) {
              return Optional.of(new Complaint("`" + object + "` is not a " + crm.get().id() + " object",
                  didYouMean(object, allowed) + crm.get().id() + " objects are " + String.join(", ", allowed), i));
            }
            if (!seen.add(object)) {
              return Optional.of(new Complaint("`" + object + "` is listed twice", "remove one", i));
            }
          }
          return objects.isEmpty()
              ? Optional.of(new Complaint("is empty", "list at least one object, or remove the key for "
                  + String.join(", ", crm.get().defaultObjects())))
              : Optional.empty();
        });
  }

  static Validator existingFolder() {
    return Validator.of(
        "Must be an existing folder.",
        (value, s) -> {
          Path folder = (Path) value;
          if (Files.isDirectory(folder)) {
            return Optional.empty();
          }
          String what = Files.exists(folder) ? folder + " is a file, not a folder" : "folder " + folder + " does not exist";
          return Optional.of(new Complaint(what, "create it or correct the path (a relative path starts at the "
              + "folder holding the config file), or remove the key to use the one built into Revbridge"));
        });
  }

  static Validator existingFile() {
    return Validator.of(
        "Must be an existing file.",
        (value, s) -> {
          Path file = (Path) value;
          if (Files.isRegularFile(file) && Files.isReadable(file)) {
            return Optional.empty();
          }
          String what = Files.isDirectory(file) ? file + " is a folder, not a file"
              : Files.exists(file) ? file + " cannot be read" : "file " + file + " does not exist";
          return Optional.of(new Complaint(what, "create it or correct the path (a relative path starts at the "
              + "folder holding the config file), or remove the key"));
        });
  }

  /** Each listed value must be one of {@code allowed}; the complaint points at the item. */
  static Validator eachOneOf(List<String> allowed, String what) {
    return Validator.of(
        "Each one of the " + what + ".",
        (value, s) -> {
          List<?> items = (List<?>) value;
          for (int i = 0; i < items.size(); i++) {
            String item = (String) items.get(i);
            if (!allowed.contains(item)) {
              return Optional.of(new Complaint("`" + item + "` is not one of the " + what,
                  didYouMean(item, allowed) + "use one of " + String.join(", ", allowed), i));
            }
          }
          return Optional.empty();
        });
  }

  /**
   * An enrichment provider's field map: canonical field → RFC 6901 JSON pointer. Keys must be fields enrichment
   * knows; pointers start with {@code /}.
   */
  static Validator jsonPointers(List<String> fields) {
    return Validator.of(
        "Keys are enrichment fields, values JSON pointers starting with `/`.",
        (value, s) -> {
          Map<?, ?> map = (Map<?, ?>) value;
          if (map.isEmpty()) {
            return Optional.of(new Complaint("is empty", "map at least one field, e.g. `company.employees: /metrics/employees`"));
          }
          for (Map.Entry<?, ?> e : map.entrySet()) {
            String field = (String) e.getKey();
            String pointer = (String) e.getValue();
            if (!fields.contains(field)) {
              return Optional.of(new Complaint("`" + field + "` is not an enrichment field",
                  didYouMean(field, fields) + "use one of " + String.join(", ", fields)));
            }
            if (!pointer.startsWith("/")) {
              return Optional.of(new Complaint("the JSON pointer of `" + field + "` must start with `/`, got `" + pointer + "`",
                  "write it as a path into the vendor's answer, e.g. `/company/metrics/employees`"));
            }
          }
          return Optional.empty();
        });
  }

  /**
   * {@code enrichment.fieldOrder}: enrichment field → comma-separated provider names, each a built-in provider or a
   * vendor declared under {@code enrichment.providers} (declared before this key, so its names are known here).
   */
  static Validator providerOrder(List<String> fields, List<String> builtIn) {
    return Validator.of(
        "Keys are enrichment fields; values name built-in providers or configured vendors, comma-separated.",
        (value, siblings) -> {
          Set<String> known = new java.util.LinkedHashSet<>(builtIn);
          siblings.get("providers").filter(List.class::isInstance).map(List.class::cast).ifPresent(vendors -> {
            for (Object vendor : vendors) {
              ((Section) vendor).optional("name", String.class).ifPresent(known::add);
            }
          });
          for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            String field = (String) e.getKey();
            if (!fields.contains(field)) {
              return Optional.of(new Complaint("`" + field + "` is not an enrichment field",
                  didYouMean(field, fields) + "use one of " + String.join(", ", fields)));
            }
            List<String> names = providerNames((String) e.getValue());
            if (names.isEmpty()) {
              return Optional.of(new Complaint("`" + field + "` names no provider",
                  "list providers best first, e.g. `" + field + ": 'clearbit, firmographics-csv'`"));
            }
            for (String name : names) {
              if (!known.contains(name)) {
                List<String> allowed = List.copyOf(known);
                return Optional.of(new Complaint("`" + field + "` names `" + name + "`, which is no provider",
                    didYouMean(name, allowed) + "use " + String.join(", ", allowed)));
              }
            }
          }
          return Optional.empty();
        });
  }

  /** {@code "clearbit, firmographics-csv"} → its names in order. */
  static List<String> providerNames(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
  }

  /** An http(s) URL template with canonical fields in braces; never echoed (it may carry a key). */
  static Validator urlTemplate(List<String> fields) {
    return Validator.of(
        "An http or https URL; `{field}` inserts a canonical field.",
        (value, s) -> {
          String url = (String) value;
          if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return Optional.of(new Complaint("is not an http(s) URL",
                "write the full URL, e.g. `https://api.vendor.example/v2/companies?domain={company.domain}`"));
          }
          java.util.regex.Matcher m = Pattern.compile("\\{([^}]*)}").matcher(url);
          while (m.find()) {
            String field = m.group(1).strip();
            if (!fields.contains(field)) {
              return Optional.of(new Complaint("names `{" + field + "}`, which is not an enrichment field",
                  didYouMean(field, fields) + "use one of " + String.join(", ", fields)));
            }
          }
          return Optional.empty();
        });
  }

  private static String didYouMean(String typed, List<String> allowed) {
    return Suggest.closest(typed, allowed).map(c -> "did you mean `" + c + "`? ").orElse("");
  }

  /** {@code admin.viewerToken}: only beside {@code admin.token}, and never the same secret (roles would blur). */
  static Validator viewerToken() {
    return Validator.of("Only with `token`; must differ from it.", (value, siblings) -> {
      Optional<Object> admin = siblings.get("token");
      if (admin.isEmpty()) {
        return Optional.of(new Complaint("is set but `admin.token` is not",
            "set `admin.token` too (the console is off without it), or remove `viewerToken`"));
      }
      if (admin.get() instanceof io.revbridge.spi.Secret a && value instanceof io.revbridge.spi.Secret v
          && java.security.MessageDigest.isEqual(a.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8),
              v.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
        return Optional.of(new Complaint("is the same secret as `admin.token`",
            "give viewers a token of their own, so signing in with it cannot replay or change anything"));
      }
      return Optional.empty();
    });
  }

  /** {@code connections[].recordUrl}: an http(s) URL template with an {@code {id}} placeholder. */
  static Validator recordUrl() {
    Validator url = httpUrl();
    return Validator.of("An http or https URL containing `{id}`.", (value, siblings) -> {
      String text = value.toString();
      if (!text.contains("{id}")) {
        return Optional.of(new Complaint("has no `{id}` placeholder", "put `{id}` where the record's id goes, e.g. "
            + "`https://acme.lightning.force.com/{id}`"));
      }
      return url.check(text.replace("{id}", "1").replace("{object}", "o").replace("{objectTypeId}", "0-1"), siblings);
    });
  }
}
