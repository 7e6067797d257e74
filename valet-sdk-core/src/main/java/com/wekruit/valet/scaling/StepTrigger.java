package com.wekruit.valet.scaling;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertState;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.internal.Durations;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A vertical, disruptive step (resize a VPS, raise a limit): asks for one step up once {@code metric > threshold}
 * has held for {@code forDuration} (Prometheus {@code for}: one miss resets; the alert rule machinery decides), never
 * without fresh data, and not again within {@code cooldown} of the last step. Not thread-safe: one deciding thread.
 */
public final class StepTrigger {
  private final String name;
  private final Metric metric;
  private final double threshold;
  private final long cooldownNanos;
  private final AlertEvaluator rule;
  private final Samples samples;
  private final Ticker ticker;
  private final Clock clock;
  private final long staleNanos;
  private long lastStep;
  private boolean stepped;

  public StepTrigger(String name, Metric metric, double threshold, Duration forDuration, Duration cooldown,
      Samples samples, Clock clock, Ticker ticker) {
    this.name = Objects.requireNonNull(name, "name");
    this.metric = metric;
    this.threshold = threshold;
    this.cooldownNanos = Durations.requirePositive("cooldown", cooldown).toNanos();
    this.samples = samples;
    this.clock = clock;
    this.ticker = ticker;
    this.staleNanos = Duration.ofMinutes(2).toNanos();
    this.rule = AlertEvaluator.builder(samples).clock(clock).ticker(ticker).inhibition(false)
        .rule(Rule.above(metric, threshold).forDuration(forDuration).name(name).build()).build();
  }

  public String name() {
    return name;
  }

  public ScalingDecision decide() {
    long now = ticker.nanos();
    rule.evaluate();
    boolean fresh = samples.fresh(metric, now, staleNanos);
    double value = fresh ? samples.value(metric) : Double.NaN;
    AlertState state = rule.alert(name).orElseThrow().state();
    ScaleAction action = ScaleAction.NONE;
    String reason;
    if (!fresh) {
      reason = "no data: no action";
    } else if (state != AlertState.FIRING) {
      reason = state == AlertState.PENDING ? "above threshold, not yet for long enough" : "below threshold";
    } else if (stepped && now - lastStep < cooldownNanos) {
      reason = "cooldown: " + Duration.ofNanos(cooldownNanos - (now - lastStep)).toSeconds() + " s left";
    } else {
      action = ScaleAction.STEP_UP;
      reason = "above " + threshold + " for the whole window";
      stepped = true;
      lastStep = now;
    }
    int desired = action == ScaleAction.STEP_UP ? 1 : 0;
    return new ScalingDecision(name, clock.instant(), 0, value, threshold, fresh ? value / threshold : Double.NaN, 0,
        false, desired, desired, desired, desired, desired, desired, action, reason, samples.failures(metric), false);
  }
}
