package com.wekruit.valet.neon;

/**
 * Autoscaling limits and scale-to-zero for a compute endpoint, checked before anything is sent: compute units at
 * least 0.25 and min &lt;= max; suspend timeout -1 (never), 0 (Neon's default, 300 s) or 60..604800 seconds.
 * Immutable and thread-safe; unset fields keep Neon's defaults.
 */
public final class ComputeSettings {
  static final double MIN_CU = 0.25;
  static final long MAX_SUSPEND_SECONDS = 604_800;
  private final Double minCu;
  private final Double maxCu;
  private final Long suspendTimeoutSeconds;

  private ComputeSettings(Builder b) {
    this.minCu = b.minCu;
    this.maxCu = b.maxCu;
    this.suspendTimeoutSeconds = b.suspendTimeoutSeconds;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code null} when not set. */
  public Double minCu() {
    return minCu;
  }

  public Double maxCu() {
    return maxCu;
  }

  public Long suspendTimeoutSeconds() {
    return suspendTimeoutSeconds;
  }

  @Override
  public String toString() {
    return "ComputeSettings[cu=" + minCu + ".." + maxCu + ", suspendTimeoutSeconds=" + suspendTimeoutSeconds + "]";
  }

  static void checkCu(String name, double cu) {
    if (!(cu >= MIN_CU) || Double.isInfinite(cu)) {
      throw new IllegalArgumentException(name + " must be at least " + MIN_CU + " compute units, was " + cu);
    }
  }

  static void checkSuspend(long seconds) {
    if (seconds != -1 && seconds != 0 && (seconds < 60 || seconds > MAX_SUSPEND_SECONDS)) {
      throw new IllegalArgumentException("suspend timeout must be -1 (never), 0 (default) or 60.."
          + MAX_SUSPEND_SECONDS + " seconds, was " + seconds);
    }
  }

  /** Builds {@link ComputeSettings}. Not thread-safe. */
  public static final class Builder {
    private Double minCu;
    private Double maxCu;
    private Long suspendTimeoutSeconds;

    private Builder() {}

    /** Autoscaling between {@code minCu} and {@code maxCu} compute units (equal values: fixed size). */
    public Builder autoscaling(double minCu, double maxCu) {
      checkCu("autoscaling_limit_min_cu", minCu);
      checkCu("autoscaling_limit_max_cu", maxCu);
      if (maxCu < minCu) throw new IllegalArgumentException("max " + maxCu + " CU is below min " + minCu + " CU");
      this.minCu = minCu;
      this.maxCu = maxCu;
      return this;
    }

    /** Seconds of inactivity before the compute suspends: -1 never, 0 Neon's default (300 s), else 60..604800. */
    public Builder suspendTimeoutSeconds(long seconds) {
      checkSuspend(seconds);
      this.suspendTimeoutSeconds = seconds;
      return this;
    }

    public ComputeSettings build() {
      return new ComputeSettings(this);
    }
  }
}
