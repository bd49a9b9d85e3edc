package io.revbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;

/** Splits SOQL into words, quoted strings, operators and punctuation. */
final class SoqlTokens {
  private final List<String> tokens = new ArrayList<>();
  private int next;

  SoqlTokens(String soql) {
    int i = 0;
    while (i < soql.length()) {
      char c = soql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        StringBuilder s = new StringBuilder("'");
        i++;
        while (i < soql.length() && soql.charAt(i) != '\'') {
          if (soql.charAt(i) == '\\' && i + 1 < soql.length()) {
            i++;
          }
          s.append(soql.charAt(i++));
        }
        if (i >= soql.length()) {
          throw SfFault.malformedQuery("unterminated string literal");
        }
        i++;
        tokens.add(s.toString());
      } else if ("(),".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if ("<>!=".indexOf(c) >= 0) {
        int start = i;
        while (i < soql.length() && "<>!=".indexOf(soql.charAt(i)) >= 0) {
          i++;
        }
        tokens.add(soql.substring(start, i));
      } else {
        int start = i;
        while (i < soql.length() && !Character.isWhitespace(soql.charAt(i)) && "(),'<>!=".indexOf(soql.charAt(i)) < 0) {
          i++;
        }
        tokens.add(soql.substring(start, i));
      }
    }
  }

  boolean more() {
    return next < tokens.size();
  }

  String peek() {
    return more() ? tokens.get(next) : "";
  }

  String take() {
    if (!more()) {
      throw SfFault.malformedQuery("unexpected end of query");
    }
    return tokens.get(next++);
  }

  boolean takeIf(String word) {
    if (peek().equalsIgnoreCase(word)) {
      next++;
      return true;
    }
    return false;
  }

  void expect(String word) {
    String got = take();
    if (!got.equalsIgnoreCase(word)) {
      throw SfFault.malformedQuery("expecting '" + word + "', unexpected token: '" + got + "'");
    }
  }
}
