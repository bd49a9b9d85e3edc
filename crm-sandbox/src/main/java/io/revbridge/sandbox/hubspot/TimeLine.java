package io.revbridge.sandbox.hubspot;

import java.util.Random;

/**
 * Creation and last-modified times for {@code n} seeded records in id order: creation spread over three
 * years and increasing with the id, modification within the 90 days before start and always after
 * creation, and about 5% of records sharing an exact modified timestamp with others (a bulk edit).
 */
final class TimeLine {
  static final long MINUTE = 60_000L;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;
  static final long HISTORY = 3 * 365 * DAY;
  static final long MODIFIED_WINDOW = 90 * DAY;
  static final double TIED_SHARE = 0.05;

  final long[] created;
  final long[] modified;

  private TimeLine(long[] created, long[] modified) {
    this.created = created;
    this.modified = modified;
  }

  static TimeLine of(int n, Random r, long start) {
    long[] created = new long[n];
    long[] modified = new long[n];
    long span = HISTORY - 2 * HOUR;
    long step = n == 0 ? 0 : span / n;
    for (int i = 0; i < n; i++) {
      long jitter = Math.min(step, HOUR) <= 0 ? 0 : (long) (r.nextDouble() * Math.min(step, HOUR));
      created[i] = start - HISTORY + i * step + jitter;
      long lo = Math.max(created[i] + MINUTE, start - MODIFIED_WINDOW);
      long hi = start - MINUTE;
      modified[i] = lo + (long) (r.nextDouble() * (hi - lo));
    }
    tie(r, start, created, modified);
    return new TimeLine(created, modified);
  }

  /** Stamps ~5% of the records with a few shared "bulk edit" timestamps; group sizes are uneven on purpose. */
  private static void tie(Random r, long start, long[] created, long[] modified) {
    int n = created.length;
    int wanted = n < 20 ? 0 : (int) Math.round(n * TIED_SHARE);
    if (wanted == 0) {
      return;
    }
    int groups = Math.max(1, (int) Math.ceil(wanted / 200.0));
    long[] stamps = new long[groups];
    for (int g = 0; g < groups; g++) {
      stamps[g] = start - HOUR - (long) (r.nextDouble() * 60 * DAY);
    }
    boolean[] tied = new boolean[n];
    int done = 0;
    for (int attempt = 0; attempt < wanted * 50 && done < wanted; attempt++) {
      int i = r.nextInt(n);
      double x = r.nextDouble();
      long stamp = stamps[(int) (groups * x * x)];
      if (!tied[i] && created[i] < stamp - MINUTE) {
        modified[i] = stamp;
        tied[i] = true;
        done++;
      }
    }
  }
}
