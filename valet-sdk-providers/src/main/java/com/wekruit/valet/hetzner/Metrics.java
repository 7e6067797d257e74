package com.wekruit.valet.hetzner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Server metrics: named time series such as {@code cpu}, {@code disk.0.iops.read}, {@code network.0.bandwidth.in}.
 *
 * <p>Immutable; thread-safe.
 *
 * @param step seconds between samples
 */
public record Metrics(Instant start, Instant end, double step, Map<String, Series> timeSeries) {

  /** Raw values: pairs of [UNIX time, value as string]. */
  public record Series(List<List<Object>> values) {}

  /** One sample. */
  public record Sample(Instant at, double value) {}

  /** The samples of one series, or an empty list when the series is absent. */
  public List<Sample> samples(String name) {
    Series s = timeSeries.get(name);
    if (s == null) return List.of();
    List<Sample> out = new ArrayList<>(s.values().size());
    for (List<Object> pair : s.values()) {
      double t = ((Number) pair.get(0)).doubleValue();
      double v = Double.parseDouble(String.valueOf(pair.get(1)));
      out.add(new Sample(Instant.ofEpochMilli(Math.round(t * 1000)), v));
    }
    return out;
  }
}
