package com.wekruit.valet.scaling;

import com.wekruit.valet.alert.Alert;
import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertState;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.internal.Durations;
import com.wekruit.valet.metrics.Samples;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A vertical, disruptive step (resize a VPS, raise a limit): asks for one step up once its condition, an alert
 * {@link Rule} (e.g. {@code Rule.above(latency, 500).forDuration(10 min)}), fires; never without fresh data, and
 * not again within {@code cooldown} of the last step. Not thread-safe: one deciding thread.
 */
public final class StepTrigger {
  private final String name;
  private final double threshold;
  private final long cooldownNanos;
  private final AlertEvaluator rule;
  private final Ticker ticker;
  private final Clock clock;
  private long lastStep;
  private boolean stepped;

  public StepTrigger(Rule condition, Duration cooldown, Samples samples, Clock clock, Ticker ticker) {
    this.name = condition.name();
    this.threshold = condition.threshold();
    this.cooldownNanos = Durations.requirePositive("cooldown", cooldown).toNanos();
    Objects.requireNonNull(samples, "samples");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.rule = AlertEvaluator.builder(samples).clock(clock).ticker(ticker).inhibition(false).rule(condition).build();
  }

  public String name() {
    return name;
  }

  public ScalingDecision decide() {
    long now = ticker.nanos();
    rule.evaluate();
    Alert alert = rule.alert(name).orElseThrow();
    double value = alert.value();
    boolean fresh = !Double.isNaN(value);
    AlertState state = alert.state();
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
        false, desired, desired, desired, desired, desired, desired, action, reason, 0, false);
  }
}
