package io.revbridge.mapping.transform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code {regex: "ID-(\\d+)"}}: keeps the first match's first group (or the whole match when the pattern has no
 * group); no match gives no value. The pattern is compiled once, when the file is loaded.
 */
final class RegexTransform implements TransformType {
  @Override
  public String name() {
    return "regex";
  }

  @Override
  public String description() {
    return "keeps the first group of the first match (or the whole match); no match gives no value";
  }

  @Override
  public boolean takesArgument() {
    return true;
  }

  @Override
  public String usage() {
    return "{regex: \"^(\\\\w+)\"}";
  }

  @Override
  public ValueKind produces() {
    return ValueKind.TEXT;
  }

  @Override
  public Transform create(String argument) {
    if (argument == null || argument.isEmpty()) {
      throw new IllegalArgumentException("`regex` needs a pattern");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(argument);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("`" + argument + "` is not a valid regular expression: " + e.getDescription()
          + " at position " + e.getIndex());
    }
    return (value, context) -> {
      if (value == null) {
        return null;
      }
      Matcher matcher = pattern.matcher(TextValues.render(value));
      if (!matcher.find()) {
        return null;
      }
      return matcher.groupCount() == 0 ? matcher.group() : matcher.group(1);
    };
  }
}
