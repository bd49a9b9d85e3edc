package io.revbridge.sandbox.hubspot;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small helpers for deterministic random choices and ASCII slugs used by the seeders. */
final class Pick {
  private static final String[] SMALL_INTS = new String[1024];

  static {
    for (int i = 0; i < SMALL_INTS.length; i++) {
      SMALL_INTS[i] = Integer.toString(i);
    }
  }

  private Pick() {}

  static <T> T one(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static int weighted(Random r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /** Shares one String instance for small numbers, which most counts in the dataset are. */
  static String number(long n) {
    return n >= 0 && n < SMALL_INTS.length ? SMALL_INTS[(int) n] : Long.toString(n);
  }

  /** "Müller" becomes "muller", "de Jong" becomes "dejong": what an email local part would hold. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** "Helix Bay Analytics" becomes "helix-bay-analytics". */
  static String domainSlug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
