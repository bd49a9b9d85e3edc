package io.revbridge.mapping.transform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code boolean}: reads yes/no words; empty is no value. Bare, it knows {@link TextValues#TRUE_WORDS} and
 * {@link TextValues#FALSE_WORDS}; {@code {boolean: {true: [Ja, X], false: [Nein]}}} replaces them with the
 * CRM's own words (compared case-insensitively), for picklists such as Salesforce's "Ja/Nein".
 */
final class BooleanTransform implements TransformType {
  @Override
  public String name() {
    return "boolean";
  }

  @Override
  public String description() {
    return "reads true/yes/1/y/on as true and false/no/0/n/off as false, or the words given; empty is no value";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public boolean argumentOptional() {
    return true;
  }

  @Override
  public String usage() {
    return "boolean, or {boolean: {true: [Ja, yes], false: [Nein, no]}}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.FLAG;
  }

  @Override
  public Transform create(String argument) {
    return create(argument == null ? null : TransformArgument.text(argument));
  }

  @Override
  public Transform create(TransformArgument argument) {
    if (argument == null) {
      return (value, context) -> value == null || value instanceof Boolean ? value
          : TextValues.parseBoolean(TextValues.render(value));
    }
    Map<String, TransformArgument> fields = argument.asFields("the argument of `boolean`");
    for (String key : fields.keySet()) {
      if (!key.equals("true") && !key.equals("false")) {
        throw new IllegalArgumentException("`boolean` knows the keys true and false, not `" + key + "`");
      }
    }
    Set<String> yes = words(fields, "true");
    Set<String> no = words(fields, "false");
    Set<String> both = new LinkedHashSet<>(yes);
    both.retainAll(no);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("`boolean` lists " + both + " as both true and false");
    }
    String allowed = "true: " + String.join(", ", yes) + "; false: " + String.join(", ", no);
    return (value, context) -> {
      if (value == null || value instanceof Boolean) {
        return value;
      }
      String word = TextValues.render(value).strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty()) {
        return null;
      }
      if (yes.contains(word)) {
        return Boolean.TRUE;
      }
      if (no.contains(word)) {
        return Boolean.FALSE;
      }
      throw new BadValueException(TextValues.quote(value) + " is not a yes/no value (" + allowed + ")");
    };
  }

  private static Set<String> words(Map<String, TransformArgument> fields, String key) {
    TransformArgument given = fields.get(key);
    if (given == null) {
      throw new IllegalArgumentException("`boolean` needs the words for " + key + ", e.g. " + usage(key));
    }
    List<String> texts = given.asTexts("`boolean`'s " + key);
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("`boolean`'s " + key + " words must not be empty");
      }
      words.add(text.strip().toLowerCase(Locale.ROOT));
    }
    return java.util.Collections.unmodifiableSet(words);
  }

  private static String usage(String key) {
    return key + ": [" + (key.equals("true") ? "Ja, yes" : "Nein, no") + "]";
  }
}
