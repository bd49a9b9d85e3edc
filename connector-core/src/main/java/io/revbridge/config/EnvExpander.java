package io.revbridge.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} in a string from an environment map, shell style: the
 * default applies when the variable is unset or empty. {@code $${} writes a literal {@code ${}. Values
 * from the environment are not expanded again, and defaults cannot nest references.
 */
final class EnvExpander {
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** A whole value that is exactly one reference without default: the only form a secret may take. */
  static final Pattern SINGLE_REFERENCE = Pattern.compile("\\$\\{(" + NAME.pattern() + ")}");

  private final Map<String, String> env;

  EnvExpander(Map<String, String> env) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
  }

  Optional<String> lookup(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /**
   * @param placeholder what the variable should hold, for the fix: {@code export X=<placeholder>}
   * @throws BadValue for a reference to an unset variable without default, or a malformed reference
   */
  String expand(String raw, String placeholder) throws BadValue {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      if (raw.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (raw.startsWith("${", i)) {
        int end = raw.indexOf('}', i);
        if (end < 0) {
          throw new BadValue("has a `${` without its closing `}`", "write `${VARIABLE}`, or `$${` for a literal `${`");
        }
        out.append(resolve(raw.substring(i + 2, end), placeholder));
        i = end + 1;
      } else {
        out.append(raw.charAt(i++));
      }
    }
    return out.toString();
  }

  private String resolve(String reference, String placeholder) throws BadValue {
    int sep = reference.indexOf(":-");
    String name = sep < 0 ? reference : reference.substring(0, sep);
    Matcher valid = NAME.matcher(name);
    if (!valid.matches()) {
      throw new BadValue("`${" + name + "}` is not a valid variable reference",
          "variable names are letters, digits and `_`, not starting with a digit, e.g. `${HUBSPOT_ACCESS_TOKEN}`");
    }
    String value = env.get(name);
    if (value != null && !value.isEmpty()) {
      return value;
    }
    if (sep >= 0) {
      return reference.substring(sep + 2);
    }
    if (value != null) {
      return value;
    }
    throw notSet(name, placeholder);
  }

  static BadValue notSet(String name, String placeholder) {
    return new BadValue("environment variable " + name + " is not set",
        "export " + name + "=<" + placeholder + "> before starting Revbridge");
  }
}
