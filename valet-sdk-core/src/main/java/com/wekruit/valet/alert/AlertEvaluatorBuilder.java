package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.http.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds an {@link AlertEvaluator}. Not thread-safe. */
public final class AlertEvaluatorBuilder {
  final Samples samples;
  final List<Rule> rules = new ArrayList<>();
  final List<AlertListener> listeners = new ArrayList<>();
  Clock clock = Clock.systemUTC();
  Ticker ticker = Ticker.SYSTEM;
  Duration staleAfter = Duration.ofMinutes(2);
  boolean inhibition = true;

  AlertEvaluatorBuilder(Samples samples) {
    this.samples = Objects.requireNonNull(samples, "samples");
  }

  public AlertEvaluatorBuilder rule(Rule rule) {
    rules.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  public AlertEvaluatorBuilder rules(List<Rule> rules) {
    for (Rule r : rules) rule(r);
    return this;
  }

  /** Wall clock for the timestamps people read (events, notifications). */
  public AlertEvaluatorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Monotonic time for {@code for}, windows and staleness. */
  public AlertEvaluatorBuilder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return this;
  }

  /** A sample older than this is no data (default 2 min: two missed 60 s collections). */
  public AlertEvaluatorBuilder staleAfter(Duration staleAfter) {
    this.staleAfter = com.wekruit.valet.internal.Durations.requirePositive("staleAfter", staleAfter);
    return this;
  }

  /** Whether an active CRITICAL alert mutes the lesser alerts of its target (default on). */
  public AlertEvaluatorBuilder inhibition(boolean on) {
    this.inhibition = on;
    return this;
  }

  public AlertEvaluatorBuilder onEvent(AlertListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  public AlertEvaluator build() {
    return new AlertEvaluator(this);
  }
}
