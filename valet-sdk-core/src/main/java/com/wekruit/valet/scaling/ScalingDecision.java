package com.wekruit.valet.scaling;

import java.time.Instant;

/**
 * One decision with every intermediate value, so "why did it (not) scale" can be read off it: the metric, the
 * ratio against the target and whether it fell within tolerance, the raw desired count, then after activation,
 * stabilization, rate policies, bounds and cooldown. Immutable; thread-safe.
 *
 * @param value metric value used; NaN when there was no data
 * @param ratio usage ratio against the target (1 = on target); NaN without data
 * @param sourceFailures consecutive failed reads of the metric
 * @param fallback whether the fallback replica count was used after repeated source failures
 */
public record ScalingDecision(String policy, Instant at, int current, double value, double target, double ratio,
    double tolerance, boolean withinTolerance, int raw, int afterTolerance, int afterStabilization,
    int afterRatePolicies, int afterBounds, int desired, ScaleAction action, String reason, int sourceFailures,
    boolean fallback) {

  /** A multi-line human rendering of every field. */
  public String record() {
    return "decision " + policy + " at " + at + "\n  current=" + current + " value=" + value + " target=" + target
        + " ratio=" + ratio + " tolerance=" + tolerance + " withinTolerance=" + withinTolerance
        + "\n  raw=" + raw + " afterTolerance=" + afterTolerance + " afterStabilization=" + afterStabilization
        + " afterRatePolicies=" + afterRatePolicies + " afterBounds=" + afterBounds
        + "\n  desired=" + desired + " action=" + action + " reason=" + reason + " sourceFailures=" + sourceFailures
        + " fallback=" + fallback;
  }
}
