package io.revbridge.mapping;

import java.util.List;

/** The small checks every map in a mapping file gets: known keys only, and text where text is expected. */
public final class YamlChecks {
  private YamlChecks() {}

  public static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Reports every key not in {@code allowed}, suggesting the closest allowed one. */
  public static void knownKeys(YamlNode.Map map, List<String> allowed, String parent, Problems problems) {
    for (YamlNode.Entry entry : map.entries()) {
      if (!allowed.contains(entry.key())) {
        problems.add(entry.keyMark(), path(parent, entry.key()),
            "unknown key `" + entry.key() + "`" + Suggestions.didYouMean(entry.key(), allowed),
            "use one of: " + String.join(", ", allowed));
      }
    }
  }

  /** The text of an optional scalar key; reports a list or map given instead. @return null when absent or bad */
  public static String text(YamlNode.Map map, String key, String parent, Problems problems, String example) {
    YamlNode.Entry entry = map.entry(key).orElse(null);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof YamlNode.Scalar scalar) {
      if (scalar.text() == null || scalar.text().isBlank()) {
        problems.add(entry.keyMark(), path(parent, key), "`" + key + "` is empty", "give it a value, e.g. " + example);
        return null;
      }
      return scalar.text().strip();
    }
    problems.add(entry.value().mark(), path(parent, key),
        "`" + key + "` must be text, not " + YamlNode.describe(entry.value()), "write it as " + example);
    return null;
  }

  /** Like {@link #text} but reports a missing key, at the map's own position. */
  public static String requiredText(YamlNode.Map map, String key, String parent, Problems problems, String example) {
    if (map.entry(key).isEmpty()) {
      problems.add(map.mark(), path(parent, key), "missing required key `" + key + "`", "add " + example);
      return null;
    }
    return text(map, key, parent, problems, example);
  }

  /** Where a key's value starts, or the map's own position when the key is absent. */
  public static YamlNode.Mark valueMark(YamlNode.Map map, String key) {
    return map.entry(key).map(e -> e.value().mark()).orElse(map.mark());
  }
}
