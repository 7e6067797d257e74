package com.wekruit.valet.scaling;

import java.time.Duration;
import java.util.Objects;

/**
 * HPA {@code behavior} policy: at most {@code value} replicas ({@link Type#PODS}) or {@code value} % of the replicas
 * at the period's start ({@link Type#PERCENT}) may be added (or removed) within {@code period}. Immutable.
 */
public record RatePolicy(Type type, int value, Duration period) {
  /** Absolute replicas or a percentage. */
  public enum Type { PODS, PERCENT }

  public RatePolicy {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
    if (value < 1) throw new IllegalArgumentException("rate policy value must be positive, was " + value);
    if (period.isNegative() || period.isZero() || period.compareTo(Duration.ofMinutes(30)) > 0) {
      throw new IllegalArgumentException("rate policy period must be in (0, 30 min], was " + period);
    }
  }

  public static RatePolicy pods(int n, Duration period) {
    return new RatePolicy(Type.PODS, n, period);
  }

  public static RatePolicy percent(int percent, Duration period) {
    return new RatePolicy(Type.PERCENT, percent, period);
  }

  /** The furthest this policy lets replicas go from {@code periodStart} (up or down). */
  int limit(int periodStart, boolean up) {
    if (type == Type.PODS) return up ? periodStart + value : periodStart - value;
    return up ? (int) Math.ceil(periodStart * (1 + value / 100.0)) : (int) Math.floor(periodStart * (1 - value / 100.0));
  }
}
