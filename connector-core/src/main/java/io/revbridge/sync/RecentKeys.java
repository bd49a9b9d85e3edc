package io.revbridge.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts distinct keys while holding only the most recent {@code capacity} of them, so a pass over a million
 * records keeps its memory flat. A key seen again after more than {@code capacity} others is counted again; a
 * pass reads each record once in its own order (it stops where its own writes begin), so only a record changed
 * while the pass ran can be counted twice. Not thread-safe.
 */
final class RecentKeys<K> {
  static final int DEFAULT_CAPACITY = 10_000;

  private final Map<K, Boolean> recent;
  private long distinct;

  RecentKeys(int capacity) {
    this.recent = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  RecentKeys() {
    this(DEFAULT_CAPACITY);
  }

  /** Counts the key unless it is among the recent ones. */
  void add(K key) {
    if (recent.put(key, Boolean.TRUE) == null) {
      distinct++;
    }
  }

  void addAll(Iterable<? extends K> keys) {
    keys.forEach(this::add);
  }

  long count() {
    return distinct;
  }
}
