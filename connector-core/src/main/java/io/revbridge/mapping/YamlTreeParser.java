package io.revbridge.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s with positions. Jackson's tree model
 * drops positions, and positions are what make a config error fixable.
 */
public final class YamlTreeParser {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** A YAML text that cannot be read; {@code mark} is where the parser gave up. */
  public static final class SyntaxException extends Exception {
    final YamlNode.Mark mark;
    final String key;

    SyntaxException(String message, YamlNode.Mark mark, String key) {
      super(message);
      this.mark = mark;
      this.key = key;
    }

    public YamlNode.Mark mark() {
      return mark;
    }

    /** The key path the problem concerns, or {@code null}. */
    public String key() {
      return key;
    }
  }

  private final List<SyntaxException> issues;

  private YamlTreeParser(List<SyntaxException> issues) {
    this.issues = issues;
  }

  /**
   * @param issues receives problems the parser can step over (a repeated key, an alias), so one file can
   *     report several of them
   * @return the single document's root, or {@code null} for an empty text
   * @throws SyntaxException when the text cannot be read any further
   */
  public static YamlNode parse(String text, List<SyntaxException> issues) throws SyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = new YamlTreeParser(issues).node(parser, first, "");
      if (parser.nextToken() != null || parser.nextToken() != null) {
        throw new SyntaxException("more than one YAML document (`---`) in one file",
            mark(parser.currentTokenLocation()), null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw new SyntaxException("invalid YAML: " + message,
          location == null ? new YamlNode.Mark(0, 0) : mark(location), null);
    } catch (IOException e) {
      throw new SyntaxException("cannot read YAML: " + e.getMessage(), new YamlNode.Mark(0, 0), null);
    }
  }

  private YamlNode node(JsonParser parser, JsonToken token, String path) throws IOException, SyntaxException {
    YamlNode.Mark mark = mark(parser.currentTokenLocation());
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      issues.add(new SyntaxException("YAML aliases (`*name`) are not supported in mapping files; write the value out",
          mark, path.isEmpty() ? null : path));
      return new YamlNode.Scalar(null, mark);
    }
    switch (token) {
      case START_OBJECT:
        return map(parser, mark, path);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          items.add(node(parser, next, path + "[" + items.size() + "]"));
        }
        return new YamlNode.Seq(List.copyOf(items), mark);
      case VALUE_NULL:
        return new YamlNode.Scalar(null, mark);
      default:
        return new YamlNode.Scalar(parser.getText(), mark);
    }
  }

  private YamlNode map(JsonParser parser, YamlNode.Mark mark, String path) throws IOException, SyntaxException {
    List<YamlNode.Entry> entries = new ArrayList<>();
    HashMap<String, YamlNode.Mark> seen = new HashMap<>();
    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
      String key = parser.currentName();
      YamlNode.Mark keyMark = mark(parser.currentTokenLocation());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      YamlNode value = node(parser, parser.nextToken(), keyPath);
      YamlNode.Mark earlier = seen.putIfAbsent(key, keyMark);
      if (earlier == null) {
        entries.add(new YamlNode.Entry(key, keyMark, value));
      } else {
        issues.add(new SyntaxException("`" + key + "` appears twice in the same map (first on line " + earlier.line() + ")",
            keyMark, keyPath));
      }
    }
    return new YamlNode.Map(List.copyOf(entries), mark);
  }

  private static YamlNode.Mark mark(JsonLocation location) {
    return new YamlNode.Mark(location.getLineNr(), location.getColumnNr());
  }
}
