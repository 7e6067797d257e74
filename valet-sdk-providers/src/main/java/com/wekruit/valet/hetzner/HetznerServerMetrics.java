package com.wekruit.valet.hetzner;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.MetricSource;
import com.wekruit.valet.metrics.Samples;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A Hetzner server's own metrics, latest sample of the last {@code window}: {@code hetzner.<id>.cpu} (percent of
 * one core × cores, as Hetzner reports it), {@code hetzner.<id>.disk.iops} (read + write) and
 * {@code hetzner.<id>.disk.bandwidth} (bytes/s, read + write). A series Hetzner did not return is a failed read.
 * Not thread-safe: one collecting thread.
 */
public final class HetznerServerMetrics implements MetricSource {
  private final HetznerClient hetzner;
  private final long serverId;
  private final Clock clock;
  private final Duration window;
  private final Metric cpu;
  private final Metric iops;
  private final Metric bandwidth;

  public HetznerServerMetrics(HetznerClient hetzner, long serverId, Samples samples, Clock clock) {
    this.hetzner = Objects.requireNonNull(hetzner, "hetzner");
    this.serverId = serverId;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Duration.ofMinutes(5);
    this.cpu = samples.metric("hetzner." + serverId + ".cpu");
    this.iops = samples.metric("hetzner." + serverId + ".disk.iops");
    this.bandwidth = samples.metric("hetzner." + serverId + ".disk.bandwidth");
  }

  public Metric cpu() { return cpu; }

  public Metric diskIops() { return iops; }

  public Metric diskBandwidth() { return bandwidth; }

  @Override
  public void collect(Samples s, long now) {
    Instant end = clock.instant();
    Metrics m = hetzner.servers().metrics(serverId, EnumSet.of(MetricType.CPU, MetricType.DISK), end.minus(window), end,
        Duration.ofSeconds(60));
    put(s, cpu, now, latest(m, "cpu"), 0);
    put(s, iops, now, latest(m, "disk.0.iops.read"), latest(m, "disk.0.iops.write"));
    put(s, bandwidth, now, latest(m, "disk.0.bandwidth.read"), latest(m, "disk.0.bandwidth.write"));
  }

  private static double latest(Metrics m, String series) {
    List<Metrics.Sample> samples = m.samples(series);
    return samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1).value();
  }

  private static void put(Samples s, Metric metric, long now, double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) s.fail(metric);
    else s.record(metric, a + b, now);
  }

  @Override
  public List<Metric> metrics() {
    return List.of(cpu, iops, bandwidth);
  }
}
