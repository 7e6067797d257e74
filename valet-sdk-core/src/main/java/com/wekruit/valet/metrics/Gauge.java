package com.wekruit.valet.metrics;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * A value the host reads itself (RAM use in %, a pool's size); a NaN or a throw is a failed read. The supplier is
 * called from the collecting thread and must be quick and thread-safe.
 */
public final class Gauge implements MetricSource {
  private final Metric metric;
  private final DoubleSupplier supplier;

  public Gauge(String name, Samples samples, DoubleSupplier supplier) {
    this.metric = samples.metric(name);
    this.supplier = Objects.requireNonNull(supplier, "supplier");
  }

  public Metric metric() {
    return metric;
  }

  @Override
  public void collect(Samples s, long now) {
    double v = supplier.getAsDouble();
    if (Double.isNaN(v)) s.fail(metric);
    else s.record(metric, v, now);
  }

  @Override
  public List<Metric> metrics() {
    return List.of(metric);
  }
}
