package io.revbridge.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a JVM's {@code -Xlog:gc} file: the most heap in use just before any collection
 * (what the process needed at its peak, garbage included) and the most still live just after one (the
 * working set, the figure that must stay flat as N grows).
 */
record GcLog(long collections, long peakUsedMb, long peakLiveMb) {
  private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  static GcLog read(Path file) {
    long count = 0;
    long peakUsed = 0;
    long peakLive = 0;
    try {
      if (!Files.exists(file)) {
        return new GcLog(0, 0, 0);
      }
      for (String line : Files.readAllLines(file)) {
        Matcher m = SIZES.matcher(line);
        if (m.find()) {
          count++;
          peakUsed = Math.max(peakUsed, mb(m.group(1), m.group(2)));
          peakLive = Math.max(peakLive, mb(m.group(3), m.group(4)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the GC log " + file, e);
    }
    return new GcLog(count, peakUsed, peakLive);
  }

  private static long mb(String value, String unit) {
    long v = Long.parseLong(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }
}
