package io.revbridge.enrichment.matching;

/**
 * Jaro-Winkler similarity (0 to 1, 1 for equal strings), the usual measure for short names: it forgives a transposed
 * or missing letter and rewards a shared start ({@code Jon}/{@code John} 0.93, {@code Acme}/{@code Acme Corp} 0.89).
 * Prefix scale 0.1 over at most four characters, as Winkler defined it.
 */
public final class JaroWinkler {
  private JaroWinkler() {}

  public static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    double jaro = jaro(a, b);
    int prefix = 0;
    for (int i = 0; i < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(i) == b.charAt(i); i++) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  private static double jaro(String a, String b) {
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] matchedA = new boolean[a.length()];
    boolean[] matchedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < a.length(); i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
  }
}
