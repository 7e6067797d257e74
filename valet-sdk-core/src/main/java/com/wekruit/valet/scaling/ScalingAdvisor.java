package com.wekruit.valet.scaling;

import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.metrics.Samples;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Decides replica counts for one {@link ScalingPolicy} from the latest {@link Samples}, in HPA's order: raw desired
 * (ratio or per-replica math, tolerance, activation), stabilization over the recommendation history, rate policies
 * over the scale events of their periods, replica bounds, then cooldown. A decision that changes the count is
 * recorded as a scale event (the caller is expected to act on it).
 *
 * <p>Not thread-safe: one thread decides (usually the alert service's tick).
 */
public final class ScalingAdvisor {
  private static final int HISTORY = 256;
  /** 110/100 − 1 is 0.10000000000000009 in binary floating point: exactly 10 % off must count as within 0.1. */
  private static final double TOLERANCE_EPSILON = 1e-9;
  private final ScalingPolicy p;
  private final Samples samples;
  private final Clock clock;
  private final Ticker ticker;
  private final long staleNanos;
  /**
   * Recommendation history in time slots of {@code max(window)/(HISTORY - 2)}: each slot keeps the highest and lowest
   * recommendation seen in it and when it was last written, so however often {@link #decide} runs the history spans
   * the whole stabilization window (a slot counts as young as its newest entry: a change waits at most one slot
   * longer, never shorter).
   */
  private final long[] recAt = new long[HISTORY];
  private final int[] recMax = new int[HISTORY];
  private final int[] recMin = new int[HISTORY];
  private final long slotNanos;
  private int recCount;
  private final long[] eventAt = new long[HISTORY];
  private final int[] eventDelta = new int[HISTORY];
  private int eventCount;
  private long lastChange;
  private boolean changed;

  public ScalingAdvisor(ScalingPolicy policy, Samples samples, Clock clock, Ticker ticker, Duration staleAfter) {
    this.p = Objects.requireNonNull(policy, "policy");
    this.samples = Objects.requireNonNull(samples, "samples");
    if (policy.metric.owner() != samples) throw new IllegalArgumentException("the policy's metric is in another table");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.staleNanos = com.wekruit.valet.internal.Durations.requirePositive("staleAfter", staleAfter).toNanos();
    // a window touches at most window/slot + 1 slots: HISTORY - 1 of them, so the ring never drops a young slot
    this.slotNanos = Math.max(1, -Math.floorDiv(-Math.max(policy.upWindowNanos, policy.downWindowNanos), HISTORY - 2));
  }

  public ScalingDecision decide(int current) {
    if (current < 0) throw new IllegalArgumentException("current replicas must not be negative, was " + current);
    long now = ticker.nanos();
    int failures = samples.failures(p.metric);
    boolean fresh = samples.fresh(p.metric, now, staleNanos);
    double value = fresh ? samples.value(p.metric) : Double.NaN;
    boolean fallback = !fresh && p.fallbackFailures > 0 && failures >= p.fallbackFailures;
    double ratio = Double.NaN;
    boolean within = false;
    int raw;
    int afterTolerance;
    String reason;
    if (fallback) {
      raw = afterTolerance = p.fallbackReplicas;
      reason = "fallback after " + failures + " failed reads";
    } else if (!fresh) {
      raw = afterTolerance = current;
      reason = "no data: hold (never scale down without data)";
    } else if (p.perReplica && p.minReplicas == 0 && value <= p.activationThreshold) {
      raw = afterTolerance = 0;
      reason = "inactive: value " + value + " <= activation " + p.activationThreshold;
    } else {
      ratio = p.perReplica ? value / (p.target * Math.max(current, 1)) : value / p.target;
      raw = (int) Math.min(Integer.MAX_VALUE, Math.ceil(p.perReplica ? value / p.target : current * ratio));
      within = current > 0 && Math.abs(ratio - 1) <= p.tolerance + TOLERANCE_EPSILON;
      afterTolerance = within ? current : raw;
      reason = within ? "within tolerance" : "ratio " + ratio;
    }
    remember(now, afterTolerance);
    int stabilized = stabilize(now, current, afterTolerance);
    int rated = rate(now, current, stabilized);
    int bounded = Math.max(p.minReplicas, Math.min(p.maxReplicas, rated));
    if (!fresh && !fallback) bounded = Math.max(bounded, current);
    int desired = bounded;
    if (desired != current && changed && p.cooldownNanos > 0 && now - lastChange < p.cooldownNanos) {
      desired = current;
      reason = "cooldown: " + Duration.ofNanos(p.cooldownNanos - (now - lastChange)).toSeconds() + " s left";
    } else if (stabilized != afterTolerance) {
      reason += "; stabilized to " + stabilized;
    } else if (rated != stabilized) {
      reason += "; rate-limited to " + rated;
    }
    ScaleAction action = desired > current ? ScaleAction.SCALE_UP : desired < current ? ScaleAction.SCALE_DOWN
        : ScaleAction.NONE;
    if (action != ScaleAction.NONE) scaled(now, desired - current);
    return new ScalingDecision(p.name, clock.instant(), current, value, p.target, ratio, p.tolerance, within, raw,
        afterTolerance, stabilized, rated, bounded, desired, action, reason, failures, fallback);
  }

  private void remember(long now, int recommendation) {
    if (recCount > 0) {
      int last = (recCount - 1) % HISTORY;
      if (Math.floorDiv(recAt[last], slotNanos) == Math.floorDiv(now, slotNanos)) {
        recAt[last] = now;
        recMax[last] = Math.max(recMax[last], recommendation);
        recMin[last] = Math.min(recMin[last], recommendation);
        return;
      }
    }
    int i = recCount++ % HISTORY;
    recAt[i] = now;
    recMax[i] = recommendation;
    recMin[i] = recommendation;
  }

  /** HPA: the lowest recommendation of the scale-up window and the highest of the scale-down window bound it. */
  private int stabilize(long now, int current, int recommendation) {
    int upRec = recommendation;
    int downRec = recommendation;
    int n = Math.min(recCount, HISTORY);
    for (int k = 0; k < n; k++) {
      long age = now - recAt[k];
      if (age < p.upWindowNanos) upRec = Math.min(upRec, recMin[k]);
      if (age < p.downWindowNanos) downRec = Math.max(downRec, recMax[k]);
    }
    int r = current;
    if (r < upRec) r = upRec;
    if (r > downRec) r = downRec;
    return r;
  }

  private int rate(long now, int current, int desired) {
    if (desired == current) return desired;
    boolean up = desired > current;
    int limit = up ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    for (RatePolicy rp : up ? p.up : p.down) {
      int changedInPeriod = changeWithin(now, rp.period().toNanos(), up);
      int l = rp.limit(up ? current - changedInPeriod : current + changedInPeriod, up);
      limit = up ? Math.max(limit, l) : Math.min(limit, l);
    }
    return up ? Math.min(desired, limit) : Math.max(desired, Math.max(limit, 0));
  }

  private int changeWithin(long now, long period, boolean up) {
    int sum = 0;
    int n = Math.min(eventCount, HISTORY);
    for (int k = 0; k < n; k++) {
      if (now - eventAt[k] < period && (eventDelta[k] > 0) == up) sum += Math.abs(eventDelta[k]);
    }
    return sum;
  }

  private void scaled(long now, int delta) {
    int i = eventCount++ % HISTORY;
    eventAt[i] = now;
    eventDelta[i] = delta;
    lastChange = now;
    changed = true;
  }

  public ScalingPolicy policy() {
    return p;
  }
}
