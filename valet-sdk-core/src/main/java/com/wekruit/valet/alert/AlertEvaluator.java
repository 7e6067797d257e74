package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.http.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates rules against the latest {@link Samples} on each {@link #evaluate()} and publishes an {@link AlertEvent}
 * for every state change. Steady state (no transition) allocates nothing. Inhibition: while a CRITICAL alert with a
 * target is active, the lesser alerts of that target are muted (they keep their state, notifications skip them).
 *
 * <p>Not thread-safe: one thread evaluates (the {@link AlertService} tick); {@link #snapshot()} may be read from
 * any thread and is a consistent copy only when called on that thread.
 */
public final class AlertEvaluator {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);
  final Samples samples;
  final RuleRuntime[] runtimes;
  private final Map<String, RuleRuntime> byName = new HashMap<>();
  private final boolean[] targetDown;
  private final boolean inhibition;
  final Clock clock;
  final Ticker ticker;
  private final long staleNanos;
  private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();

  AlertEvaluator(AlertEvaluatorBuilder b) {
    this.samples = b.samples;
    this.clock = b.clock;
    this.ticker = b.ticker;
    this.staleNanos = b.staleAfter.toNanos();
    this.inhibition = b.inhibition;
    this.listeners.addAll(b.listeners);
    this.runtimes = new RuleRuntime[b.rules.size()];
    Map<String, Integer> targets = new HashMap<>();
    for (int i = 0; i < runtimes.length; i++) {
      Rule r = b.rules.get(i);
      if (r.metric.owner() != samples) throw new IllegalArgumentException(r.name() + ": its metric is in another table");
      RuleRuntime rt = new RuleRuntime(r, i);
      if (!r.target().isEmpty()) rt.target = targets.computeIfAbsent(r.target(), t -> targets.size());
      if (byName.put(r.name(), rt) != null) throw new IllegalArgumentException("two rules are named " + r.name());
      runtimes[i] = rt;
    }
    this.targetDown = new boolean[targets.size()];
  }

  public static AlertEvaluatorBuilder builder(Samples samples) {
    return new AlertEvaluatorBuilder(samples);
  }

  public Samples samples() {
    return samples;
  }

  public void addListener(AlertListener listener) {
    listeners.add(listener);
  }

  /** Evaluates every rule at the ticker's now. */
  public void evaluate() {
    long now = ticker.nanos();
    for (RuleRuntime rt : runtimes) {
      AlertState next = rt.evaluate(samples, now, staleNanos);
      if (next != rt.state) transition(rt, next);
    }
    if (inhibition) inhibit();
  }

  private void transition(RuleRuntime rt, AlertState next) {
    AlertState previous = rt.state;
    rt.state = next;
    long millis = clock.millis();
    if (next.active() && !previous.active()) {
      rt.activeSinceMillis = millis;
      rt.resolvedUnsent = false;
    }
    if (next == AlertState.RESOLVED) {
      rt.resolvedAtMillis = millis;
      rt.resolvedUnsent = true;
    }
    AlertEvent e = new AlertEvent(rt.rule, previous, next, rt.value, Instant.ofEpochMilli(millis));
    for (AlertListener l : listeners) {
      try {
        l.onAlert(e);
      } catch (RuntimeException ex) {
        LOG.warn("alert listener failed on {}: {}", rt.rule.name(), ex.getClass().getName());
      }
    }
  }

  private void inhibit() {
    Arrays.fill(targetDown, false);
    for (RuleRuntime rt : runtimes) {
      if (rt.target >= 0 && rt.state.active() && rt.rule.severity() == Severity.CRITICAL) targetDown[rt.target] = true;
    }
    for (RuleRuntime rt : runtimes) {
      rt.muted = rt.target >= 0 && targetDown[rt.target] && rt.rule.severity().lowerThan(Severity.CRITICAL);
    }
  }

  /** Every rule starts afresh (a replica that just took the lead did not evaluate while another one led). */
  void restart() {
    for (RuleRuntime rt : runtimes) rt.restart();
  }

  RuleRuntime runtimeOf(String ruleName) {
    return byName.get(ruleName);
  }

  /** The state of one rule. */
  public Optional<Alert> alert(String ruleName) {
    RuleRuntime rt = byName.get(ruleName);
    return rt == null ? Optional.empty() : Optional.of(Alert.of(rt));
  }

  /** Every rule's alert, in rule order. */
  public List<Alert> snapshot() {
    List<Alert> out = new ArrayList<>(runtimes.length);
    for (RuleRuntime rt : runtimes) out.add(Alert.of(rt));
    return out;
  }

  /** Whether the evaluator drops stale samples after this long; for tests and diagnostics. */
  public Duration staleAfter() {
    return Duration.ofNanos(staleNanos);
  }
}
