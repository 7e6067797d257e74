package com.wekruit.valet.alert;

import java.util.Arrays;

/**
 * Counts increments in a sliding time window with {@value #BUCKETS} buckets, so the window slides in steps of
 * window/{@value #BUCKETS} and memory stays fixed. Allocation-free after construction. Not thread-safe.
 */
final class WindowCounter {
  static final int BUCKETS = 30;
  private final long bucketNanos;
  private final long[] epochs = new long[BUCKETS];
  private final long[] counts = new long[BUCKETS];

  WindowCounter(long windowNanos) {
    this.bucketNanos = Math.max(1, (windowNanos + BUCKETS - 1) / BUCKETS);
    Arrays.fill(epochs, Long.MIN_VALUE);
  }

  void clear() {
    Arrays.fill(epochs, Long.MIN_VALUE);
    Arrays.fill(counts, 0);
  }

  void add(long nowNanos, long delta) {
    long epoch = Math.floorDiv(nowNanos, bucketNanos);
    int slot = (int) Math.floorMod(epoch, (long) BUCKETS);
    if (epochs[slot] != epoch) {
      epochs[slot] = epoch;
      counts[slot] = 0;
    }
    counts[slot] += delta;
  }

  long sum(long nowNanos) {
    long oldest = Math.floorDiv(nowNanos, bucketNanos) - BUCKETS;
    long sum = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (epochs[i] > oldest) sum += counts[i];
    }
    return sum;
  }
}
