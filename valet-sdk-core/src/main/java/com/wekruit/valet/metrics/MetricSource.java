package com.wekruit.valet.metrics;

/**
 * Reads one or more metrics into a {@link Samples} table once per tick: {@link Samples#record} for a value,
 * {@link Samples#fail} when it could not read. May do I/O (bounded by its own timeouts); a throw counts as a failed
 * read of every metric it owns. Implementations are called from one thread at a time.
 */
public interface MetricSource {
  /** Reads this source's metrics at {@code nowNanos} (the ticker's time). */
  void collect(Samples samples, long nowNanos) throws Exception;

  /** The metrics this source writes, failed together when {@link #collect} throws. */
  java.util.List<Metric> metrics();
}
