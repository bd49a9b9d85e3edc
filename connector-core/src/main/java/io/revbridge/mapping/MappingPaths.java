package io.revbridge.mapping;

/** Which paths under a mapping root are mapping files: exactly {@code <crm>/<objectType>.yaml} (or {@code .yml}). */
final class MappingPaths {
  private MappingPaths() {}

  static boolean isMappingFile(String relativePath) {
    String[] parts = relativePath.split("/");
    // playbook/ holds scoring, routing and sequence files, which are not mappings.
    return parts.length == 2 && !parts[0].isEmpty() && !parts[0].equals("playbook") && (parts[1].endsWith(".yaml") || parts[1].endsWith(".yml"))
        && !parts[1].startsWith(".");
  }

  /** The {@code <crm>} part of a mapping file's path. */
  static String crm(String relativePath) {
    return relativePath.substring(0, relativePath.indexOf('/'));
  }

  /** The {@code <objectType>} part of a mapping file's path. */
  static String objectType(String relativePath) {
    String name = relativePath.substring(relativePath.indexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }
}
