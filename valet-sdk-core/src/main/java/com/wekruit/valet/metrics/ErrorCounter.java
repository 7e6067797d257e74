package com.wekruit.valet.metrics;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A counter the host increments on each error (thread-safe, contention-free); read as the cumulative metric
 * {@code <name>} for {@code Rule.countInWindow(counter.metric(), 50, Duration.ofMinutes(5))}.
 */
public final class ErrorCounter implements MetricSource {
  private final LongAdder count = new LongAdder();
  private final Metric metric;

  public ErrorCounter(String name, Samples samples) {
    this.metric = samples.metric(name);
  }

  public void increment() {
    count.increment();
  }

  public void add(long n) {
    if (n < 0) throw new IllegalArgumentException("a counter only grows");
    count.add(n);
  }

  public long total() {
    return count.sum();
  }

  public Metric metric() {
    return metric;
  }

  @Override
  public void collect(Samples s, long now) {
    s.record(metric, count.sum(), now);
  }

  @Override
  public List<Metric> metrics() {
    return List.of(metric);
  }
}
