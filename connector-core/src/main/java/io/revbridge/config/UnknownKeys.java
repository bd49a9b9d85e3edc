package io.revbridge.config;

import java.util.List;
import java.util.Optional;

/** What to tell the user about a key that is not declared where it was written. */
final class UnknownKeys {
  private UnknownKeys() {}

  static Complaint complaint(ConfigDef def, String declaredSection, String name) {
    List<String> here = def.children(declaredSection).stream().map(ConfigKey::name).toList();
    Optional<String> typo = Suggest.closest(name, here);
    if (typo.isPresent()) {
      return new Complaint("is not a known key", "did you mean `" + typo.get() + "`?");
    }
    Optional<ConfigKey> elsewhere = def.keys().stream()
        .filter(k -> !k.parentPath().equals(declaredSection))
        .filter(k -> Suggest.closest(name, List.of(k.name())).isPresent())
        .findFirst();
    if (elsewhere.isPresent()) {
      ConfigKey key = elsewhere.get();
      String parent = key.parentPath();
      String where = parent.isEmpty()
          ? "it belongs at the top of the file, not indented"
          : parent.endsWith("[]")
              ? "it belongs in each entry of `" + parent.substring(0, parent.length() - 2) + ":`"
              : "it belongs under `" + parent + ":`";
      return new Complaint("is not a known key here", "did you mean `" + key.path() + "`? " + where);
    }
    return new Complaint("is not a known key", "remove it; the keys here are " + String.join(", ", here));
  }
}
