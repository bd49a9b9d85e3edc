package io.revbridge.mapping.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument of a transform as written in a mapping file: text ({@code {truncate: 65000}}), a list
 * ({@code {boolean: {true: [Ja, yes]}}}) or a map ({@code {map: {values: {...}, default: OTHER}}}).
 * Read once when the file is loaded; transforms turn it into their own configuration and never keep it.
 */
public sealed interface TransformArgument {
  /** A scalar; YAML null is the empty text. */
  record Text(String value) implements TransformArgument {
    public Text {
      value = value == null ? "" : value;
    }
  }

  record Items(List<TransformArgument> items) implements TransformArgument {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** Keys in file order. */
  record Fields(Map<String, TransformArgument> fields) implements TransformArgument {
    public Fields {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  static TransformArgument text(String value) {
    return new Text(value);
  }

  /** A short word for messages: "text", "a list", "a map". */
  default String describe() {
    return this instanceof Text ? "text" : this instanceof Items ? "a list" : "a map";
  }

  /** @throws IllegalArgumentException naming {@code what} when this is not text */
  default String asText(String what) {
    if (this instanceof Text text) {
      return text.value();
    }
    throw new IllegalArgumentException(what + " must be text, not " + describe());
  }

  /** A list of texts; a single text counts as a list of one. */
  default List<String> asTexts(String what) {
    if (this instanceof Text text) {
      return List.of(text.value());
    }
    if (this instanceof Items list) {
      List<String> texts = new ArrayList<>();
      for (TransformArgument item : list.items()) {
        texts.add(item.asText(what + " items"));
      }
      return texts;
    }
    throw new IllegalArgumentException(what + " must be a list of text, not " + describe());
  }

  /** @throws IllegalArgumentException naming {@code what} when this is not a map */
  default Map<String, TransformArgument> asFields(String what) {
    if (this instanceof Fields map) {
      return map.fields();
    }
    throw new IllegalArgumentException(what + " must be a map, not " + describe());
  }
}
