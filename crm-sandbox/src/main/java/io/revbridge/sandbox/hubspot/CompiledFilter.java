package io.revbridge.sandbox.hubspot;

import java.util.function.Predicate;

/**
 * A filter ready to test records, plus the id or last-modified range it implies (or {@code null}), which
 * lets the engine walk only part of an index instead of every record.
 */
record CompiledFilter(Predicate<StoredRecord> test, Range modifiedRange, Range idRange) {

  /** An inclusive range of longs; empty when {@code lo > hi}. */
  record Range(long lo, long hi) {
    static final Range ALL = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

    Range intersect(Range other) {
      return other == null ? this : new Range(Math.max(lo, other.lo), Math.min(hi, other.hi));
    }

    boolean empty() {
      return lo > hi;
    }

    boolean point() {
      return lo == hi;
    }
  }
}
