package com.wekruit.valet.metrics;

import com.wekruit.valet.health.CheckState;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Health results as metrics, per check {@code name}: {@code health.<name>.up} (1 for UP or DEGRADED, 0 for DOWN,
 * no data while UNKNOWN), {@code health.<name>.latency_ms}, and with {@link #withTlsExpiry} {@code tls.<name>.seconds_left}
 * from the check's earliest certificate expiry. A result is one sample: reading the same result again only keeps it
 * fresh, so a consecutive-failures rule counts each run once. Reads the report; never runs a check.
 * Not thread-safe: one collecting thread.
 */
public final class HealthMetrics implements MetricSource {
  private final HealthMonitor monitor;
  private final Samples samples;
  private final List<String> names;
  private final Metric[] up;
  private final Metric[] latency;
  private final Metric[] tls;
  private final CheckState[] seen;
  private Clock clock;

  public HealthMetrics(HealthMonitor monitor, Samples samples, String... checks) {
    this.monitor = Objects.requireNonNull(monitor, "monitor");
    this.samples = samples;
    this.names = List.of(checks);
    this.up = new Metric[checks.length];
    this.latency = new Metric[checks.length];
    this.tls = new Metric[checks.length];
    this.seen = new CheckState[checks.length];
    for (int i = 0; i < checks.length; i++) {
      up[i] = samples.metric("health." + checks[i] + ".up");
      latency[i] = samples.metric("health." + checks[i] + ".latency_ms");
    }
  }

  /** Also publishes {@code tls.<name>.seconds_left}, judged on {@code clock} (certificate dates are wall time). */
  public HealthMetrics withTlsExpiry(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < tls.length; i++) tls[i] = samples.metric("tls." + names.get(i) + ".seconds_left");
    return this;
  }

  public Metric up(String check) {
    return up[index(check)];
  }

  public Metric latencyMillis(String check) {
    return latency[index(check)];
  }

  public Metric tlsSecondsLeft(String check) {
    Metric m = tls[index(check)];
    if (m == null) throw new IllegalStateException("TLS expiry not enabled: call withTlsExpiry(clock)");
    return m;
  }

  private int index(String check) {
    int i = names.indexOf(check);
    if (i < 0) throw new IllegalArgumentException("no check named " + check + " in this source");
    return i;
  }

  @Override
  public void collect(Samples s, long now) {
    var report = monitor.report();
    for (int i = 0; i < up.length; i++) {
      CheckState state = report.check(names.get(i));
      if (state == null || state.status() == HealthStatus.UNKNOWN) {
        s.fail(up[i]);
        s.fail(latency[i]);
      } else if (state == seen[i]) {
        s.touch(up[i], now);
        s.touch(latency[i], now);
      } else {
        seen[i] = state;
        s.record(up[i], state.status() == HealthStatus.DOWN ? 0 : 1, now);
        s.record(latency[i], state.latencyNanos() / 1e6, now);
      }
      if (tls[i] != null) tlsSample(s, i, state, now);
    }
  }

  private void tlsSample(Samples s, int i, CheckState state, long now) {
    Object expiry = state == null ? null : state.details().get("tlsEarliestExpiry");
    if (expiry == null) {
      s.fail(tls[i]);
      return;
    }
    s.record(tls[i], Instant.parse(expiry.toString()).getEpochSecond() - clock.instant().getEpochSecond(), now);
  }

  @Override
  public List<Metric> metrics() {
    List<Metric> all = new ArrayList<>(List.of(up));
    all.addAll(List.of(latency));
    for (Metric m : tls) if (m != null) all.add(m);
    return all;
  }
}
