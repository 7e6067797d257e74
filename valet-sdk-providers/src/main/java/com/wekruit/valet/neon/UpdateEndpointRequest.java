package com.wekruit.valet.neon;

import com.wekruit.valet.json.Patch;

/**
 * Changes to a compute endpoint; fields not set are left alone (not sent). Neon applies changes with operations,
 * and the endpoint is not ready until they finish. Immutable.
 */
public final class UpdateEndpointRequest {
  private final Body.Spec spec;

  private UpdateEndpointRequest(Builder b) {
    this.spec = new Body.Spec(b.minCu, b.maxCu, b.suspend, b.disabled);
  }

  public static Builder builder() {
    return new Builder();
  }

  Body body() {
    return new Body(spec);
  }

  @Override
  public String toString() {
    return "UpdateEndpointRequest" + spec;
  }

  record Body(Spec endpoint) {
    record Spec(Patch<Double> autoscalingLimitMinCu, Patch<Double> autoscalingLimitMaxCu,
        Patch<Long> suspendTimeoutSeconds, Patch<Boolean> disabled) {}
  }

  /** Builds an {@link UpdateEndpointRequest}. Not thread-safe. */
  public static final class Builder {
    private Patch<Double> minCu = Patch.unset();
    private Patch<Double> maxCu = Patch.unset();
    private Patch<Long> suspend = Patch.unset();
    private Patch<Boolean> disabled = Patch.unset();

    private Builder() {}

    /** New autoscaling limits in compute units (at least 0.25, min &lt;= max). */
    public Builder autoscaling(double minCu, double maxCu) {
      ComputeSettings.builder().autoscaling(minCu, maxCu);
      this.minCu = Patch.set(minCu);
      this.maxCu = Patch.set(maxCu);
      return this;
    }

    /** -1 never suspend, 0 Neon's default (300 s), else 60..604800 seconds. */
    public Builder suspendTimeoutSeconds(long seconds) {
      ComputeSettings.checkSuspend(seconds);
      this.suspend = Patch.set(seconds);
      return this;
    }

    /** A disabled endpoint refuses connections and is suspended. */
    public Builder disabled(boolean disabled) {
      this.disabled = Patch.set(disabled);
      return this;
    }

    public UpdateEndpointRequest build() {
      if (!minCu.isPresent() && !suspend.isPresent() && !disabled.isPresent()) {
        throw new IllegalArgumentException("nothing to update");
      }
      return new UpdateEndpointRequest(this);
    }
  }
}
