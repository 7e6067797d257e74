package com.wekruit.valet.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The latest sample of every metric: value, when it was taken (monotonic ticker nanos) and how many samples were
 * taken so far. Metric sources write it, rules and scaling policies read it; reading and writing allocate nothing.
 *
 * <p>Register every metric ({@link #metric}) before evaluation starts. Not thread-safe for writes: one collecting
 * thread writes, and reads happen on that thread (the alert service's tick does both).
 */
public final class Samples {
  private final Map<String, Metric> byName = new LinkedHashMap<>();
  private double[] values = new double[16];
  private long[] takenAt = new long[16];
  private long[] counts = new long[16];
  private int[] failures = new int[16];
  private boolean[] present = new boolean[16];

  /** The metric called {@code name}, registered on first use. */
  public synchronized Metric metric(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) throw new IllegalArgumentException("metric name must not be blank");
    Metric m = byName.get(name);
    if (m != null) return m;
    int slot = byName.size();
    if (slot == values.length) grow();
    m = new Metric(name, slot, this);
    byName.put(name, m);
    return m;
  }

  private void grow() {
    int n = values.length * 2;
    values = Arrays.copyOf(values, n);
    takenAt = Arrays.copyOf(takenAt, n);
    counts = Arrays.copyOf(counts, n);
    failures = Arrays.copyOf(failures, n);
    present = Arrays.copyOf(present, n);
  }

  /** Records a sample taken at {@code tickNanos}; resets the metric's consecutive source failures. */
  public void record(Metric m, double value, long tickNanos) {
    int s = own(m);
    if (Double.isNaN(value)) throw new IllegalArgumentException(m.name() + ": a sample must be a number, was NaN");
    values[s] = value;
    takenAt[s] = tickNanos;
    counts[s]++;
    failures[s] = 0;
    present[s] = true;
  }

  /**
   * The source looked and its latest sample still stands (e.g. a health check has not run again): the sample is
   * fresh as of {@code tickNanos}, but no new sample is counted.
   */
  public void touch(Metric m, long tickNanos) {
    int s = own(m);
    if (present[s]) takenAt[s] = tickNanos;
  }

  /** The source could not read the metric: it has no data until the next sample, and one more failure. */
  public void fail(Metric m) {
    int s = own(m);
    present[s] = false;
    failures[s]++;
  }

  private int own(Metric m) {
    if (m.owner() != this) throw new IllegalArgumentException(m.name() + " belongs to another Samples table");
    return m.slot();
  }

  /** Whether the metric has a sample taken at most {@code maxAgeNanos} before {@code nowNanos}. */
  public boolean fresh(Metric m, long nowNanos, long maxAgeNanos) {
    int s = m.slot();
    return present[s] && nowNanos - takenAt[s] <= maxAgeNanos;
  }

  /** The latest value; meaningful only when {@link #fresh} or {@link #count} says there is one. */
  public double value(Metric m) {
    return values[m.slot()];
  }

  /** Ticker nanos of the latest sample. */
  public long takenAt(Metric m) {
    return takenAt[m.slot()];
  }

  /** Samples recorded so far; a rule counting samples sees a new one when this grows. */
  public long count(Metric m) {
    return counts[m.slot()];
  }

  /** Failed reads since the last sample. */
  public int failures(Metric m) {
    return failures[m.slot()];
  }

  /** Every registered metric, in registration order. */
  public synchronized Map<String, Metric> metrics() {
    return Map.copyOf(byName);
  }
}
