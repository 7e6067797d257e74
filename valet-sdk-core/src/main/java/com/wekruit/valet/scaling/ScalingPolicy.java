package com.wekruit.valet.scaling;

import com.wekruit.valet.metrics.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal scaling of one workload on one metric, with Kubernetes HPA and KEDA semantics.
 *
 * <ul>
 *   <li>{@link #ratio}: HPA {@code desired = ceil(current × value / target)}, skipped while
 *       {@code |value/target − 1| ≤ tolerance} (0.1).</li>
 *   <li>{@link #perReplica}: KEDA {@code AverageValue}, e.g. queue length per worker:
 *       {@code desired = ceil(value / target)}; with {@code minReplicas 0} the workload is activated only while
 *       {@code value > activationThreshold}.</li>
 * </ul>
 * Defaults are HPA's: scale-down stabilization 300 s (rolling max of recommendations), scale-up 0 s; up at most
 * max(+100 %, +4) per 15 s, down at most −100 % per 15 s. No data ⇒ no scale-down; after {@code fallback}
 * consecutive source failures the fallback replica count is used (KEDA). Immutable; thread-safe.
 */
public final class ScalingPolicy {
  final String name;
  final Metric metric;
  final boolean perReplica;
  final double target;
  final int minReplicas;
  final int maxReplicas;
  final double tolerance;
  final double activationThreshold;
  final long downWindowNanos;
  final long upWindowNanos;
  final List<RatePolicy> up;
  final List<RatePolicy> down;
  final long cooldownNanos;
  final int fallbackFailures;
  final int fallbackReplicas;

  private ScalingPolicy(Builder b) {
    this.name = b.name;
    this.metric = b.metric;
    this.perReplica = b.perReplica;
    this.target = b.target;
    this.minReplicas = b.min;
    this.maxReplicas = b.max;
    this.tolerance = b.tolerance;
    this.activationThreshold = b.activation;
    this.downWindowNanos = b.downWindow.toNanos();
    this.upWindowNanos = b.upWindow.toNanos();
    this.up = List.copyOf(b.up);
    this.down = List.copyOf(b.down);
    this.cooldownNanos = b.cooldown.toNanos();
    this.fallbackFailures = b.fallbackFailures;
    this.fallbackReplicas = b.fallbackReplicas;
  }

  /** HPA ratio math: keep {@code metric} at {@code target}. */
  public static Builder ratio(String name, Metric metric, double target) {
    return new Builder(name, metric, false, target);
  }

  /** KEDA AverageValue: {@code target} units of {@code metric} per replica (e.g. 100 queued jobs per worker). */
  public static Builder perReplica(String name, Metric metric, double targetPerReplica) {
    return new Builder(name, metric, true, targetPerReplica);
  }

  public String name() { return name; }

  /** Builds a {@link ScalingPolicy}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Metric metric;
    private final boolean perReplica;
    private final double target;
    private int min = 1;
    private int max = 10;
    private double tolerance = 0.1;
    private double activation = 0;
    private Duration downWindow = Duration.ofSeconds(300);
    private Duration upWindow = Duration.ZERO;
    private List<RatePolicy> up = List.of(RatePolicy.percent(100, Duration.ofSeconds(15)),
        RatePolicy.pods(4, Duration.ofSeconds(15)));
    private List<RatePolicy> down = List.of(RatePolicy.percent(100, Duration.ofSeconds(15)));
    private Duration cooldown = Duration.ZERO;
    private int fallbackFailures = 0;
    private int fallbackReplicas = 0;

    private Builder(String name, Metric metric, boolean perReplica, double target) {
      this.name = Objects.requireNonNull(name, "name");
      this.metric = Objects.requireNonNull(metric, "metric");
      this.perReplica = perReplica;
      if (!(target > 0) || Double.isInfinite(target)) throw new IllegalArgumentException("target must be positive");
      this.target = target;
    }

    /** Replica bounds; {@code min 0} allows scale to zero (KEDA activation). */
    public Builder replicas(int min, int max) {
      if (min < 0 || max < 1 || min > max) throw new IllegalArgumentException("need 0 <= min <= max, max >= 1");
      this.min = min;
      this.max = max;
      return this;
    }

    public Builder tolerance(double tolerance) {
      if (!(tolerance >= 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in [0, 1)");
      this.tolerance = tolerance;
      return this;
    }

    /** KEDA {@code activationThreshold}: with min 0, active only while the value is strictly above it. */
    public Builder activationThreshold(double threshold) {
      if (threshold < 0 || Double.isNaN(threshold)) throw new IllegalArgumentException("activation must be >= 0");
      this.activation = threshold;
      return this;
    }

    public Builder stabilization(Duration scaleUp, Duration scaleDown) {
      this.upWindow = nonNegative("scaleUp stabilization", scaleUp, Duration.ofHours(1));
      this.downWindow = nonNegative("scaleDown stabilization", scaleDown, Duration.ofHours(1));
      return this;
    }

    /** Rate policies; the one allowing the biggest change applies ({@code selectPolicy: Max}). */
    public Builder scaleUpPolicies(RatePolicy... policies) {
      this.up = requireSome(policies);
      return this;
    }

    public Builder scaleDownPolicies(RatePolicy... policies) {
      this.down = requireSome(policies);
      return this;
    }

    /** For disruptive changes: no change within this long after the last one. */
    public Builder cooldown(Duration cooldown) {
      this.cooldown = nonNegative("cooldown", cooldown, Duration.ofDays(7));
      return this;
    }

    /** KEDA fallback: after {@code failures} consecutive failed reads, use {@code replicas}. */
    public Builder fallback(int failures, int replicas) {
      if (failures < 1 || replicas < 0) throw new IllegalArgumentException("fallback needs failures >= 1, replicas >= 0");
      this.fallbackFailures = failures;
      this.fallbackReplicas = replicas;
      return this;
    }

    public ScalingPolicy build() {
      if (fallbackFailures > 0 && (fallbackReplicas < min || fallbackReplicas > max)) {
        throw new IllegalArgumentException("fallback replicas " + fallbackReplicas + " outside [" + min + ", " + max + "]");
      }
      return new ScalingPolicy(this);
    }

    private static List<RatePolicy> requireSome(RatePolicy[] policies) {
      if (policies.length == 0) throw new IllegalArgumentException("need at least one rate policy");
      return List.of(policies);
    }

    private static Duration nonNegative(String field, Duration d, Duration max) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.compareTo(max) > 0) throw new IllegalArgumentException(field + " must be in [0, " + max + "]");
      return d;
    }
  }
}
