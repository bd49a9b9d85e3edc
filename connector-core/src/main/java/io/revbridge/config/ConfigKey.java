package io.revbridge.config;

/**
 * The single declaration of one config key, from which both validation and the reference docs come.
 *
 * @param path dotted, with {@code []} for list items: {@code server.port}, {@code connections[].crm}
 * @param unique among all items of the enclosing list (connection names)
 * @param example a value as it would be written in the file, used in fixes ({@code add `crm: hubspot`});
 *     for a secret, what its environment variable holds ({@code database password})
 * @param doc one line for the reference docs
 */
record ConfigKey(
    String path,
    ConfigType type,
    Default defaultValue,
    Requirement requirement,
    Validator validator,
    boolean unique,
    String example,
    String doc) {

  /** The last segment: {@code port} for {@code server.port}. */
  String name() {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The declared path of the enclosing section: {@code ""} at the top, {@code connections[]}. */
  String parentPath() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** The parent path of this section's own keys. */
  String childPath() {
    return type == ConfigType.SECTION_LIST ? path + "[]" : path;
  }

  boolean secret() {
    return type == ConfigType.SECRET;
  }
}
