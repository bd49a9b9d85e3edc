package io.revbridge.mapping.transform;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Seeded generators for property-style tests: the same seed gives the same cases on every run. */
final class Samples {
  static final int CASES = 300;
  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Random random;

  Samples(long seed) {
    this.random = new Random(seed);
  }

  <T> Stream<T> cases(Supplier<T> one) {
    return Stream.generate(one).limit(CASES);
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  long between(long min, long max) {
    return min + (long) (random.nextDouble() * (max - min));
  }

  long anyLong() {
    return random.nextLong();
  }

  String alpha(int minLength, int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = between(minLength, maxLength);
    for (int i = 0; i < length; i++) {
      b.append(ALPHA.charAt(random.nextInt(ALPHA.length())));
    }
    return b.toString();
  }

  /** Any UTF-16 text, surrogate pairs, controls and blanks included. */
  String anyText(int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = between(0, maxLength);
    while (b.length() < length) {
      int cp = switch (random.nextInt(4)) {
        case 0 -> between(0x20, 0x7e);
        case 1 -> between(0, 0x1f);
        case 2 -> between(0xa0, 0xd7ff);
        default -> between(0x1f300, 0x1faff);
      };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  String joined(int maxParts, String... parts) {
    StringBuilder b = new StringBuilder();
    int count = between(0, maxParts);
    for (int i = 0; i < count; i++) {
      b.append(parts[random.nextInt(parts.length)]);
    }
    return b.toString();
  }

  @SafeVarargs
  final <T> T oneOf(T... options) {
    return options[random.nextInt(options.length)];
  }
}
