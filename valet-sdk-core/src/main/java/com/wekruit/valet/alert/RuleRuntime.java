package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
/**
 * The mutable state of one rule and its evaluation. Allocation-free: primitives only. Not thread-safe; owned by the
 * evaluator's tick.
 */
final class RuleRuntime {
  static final int MISS = 0;
  static final int MATCH = 1;
  static final int PARTIAL = 2;
  static final int NO_DATA = 3;
  static final int NO_NEWS = 4;
  final Rule rule;
  final int index;
  int target = -1;
  AlertState state = AlertState.INACTIVE;
  long pendingSince;
  long lastMatch;
  long activeSinceMillis;
  long resolvedAtMillis;
  double value = Double.NaN;
  boolean muted;
  /** Resolved after having fired; the notifier still has to say so. */
  boolean resolvedUnsent;
  private long seenCount;
  private long consecutive;
  private double lastCumulative = Double.NaN;
  private final WindowCounter window;

  RuleRuntime(Rule rule, int index) {
    this.rule = rule;
    this.index = index;
    this.window = rule.kind == Rule.Kind.COUNT_IN_WINDOW ? new WindowCounter(rule.windowNanos) : null;
  }

  /**
   * Forgets everything, as a new process would: a replica that (re)gains leadership starts its rules afresh, since
   * it did not evaluate while another replica led.
   */
  void restart() {
    state = AlertState.INACTIVE;
    pendingSince = 0;
    lastMatch = 0;
    activeSinceMillis = 0;
    resolvedAtMillis = 0;
    value = Double.NaN;
    muted = false;
    resolvedUnsent = false;
    seenCount = 0;
    consecutive = 0;
    lastCumulative = Double.NaN;
    if (window != null) window.clear();
  }

  /** Evaluates against the latest samples; returns the new state (the caller compares it with {@link #state}). */
  AlertState evaluate(Samples s, long now, long staleNanos) {
    int judged = judge(s, now, staleNanos);
    if (judged == NO_DATA) {
      value = Double.NaN;
      if (rule.noData == NoDataPolicy.KEEP_STATE) return state;
      judged = rule.noData == NoDataPolicy.ALERT ? MATCH : MISS;
    }
    if (judged == NO_NEWS) return state;
    switch (state) {
      case INACTIVE:
      case RESOLVED:
        if (judged == PARTIAL || (judged == MATCH && rule.forNanos > 0)) {
          pendingSince = now;
          return AlertState.PENDING;
        }
        if (judged == MATCH) {
          lastMatch = now;
          return AlertState.FIRING;
        }
        return state;
      case PENDING:
        if (judged == MISS) return AlertState.INACTIVE;
        if (judged == MATCH && now - pendingSince >= rule.forNanos) {
          lastMatch = now;
          return AlertState.FIRING;
        }
        return state;
      case FIRING:
        if (judged != MISS) {
          lastMatch = now;
          return state;
        }
        return rule.keepFiringNanos > 0 ? AlertState.RECOVERING : AlertState.RESOLVED;
      default: // RECOVERING
        if (judged != MISS) {
          lastMatch = now;
          return AlertState.FIRING;
        }
        return now - lastMatch >= rule.keepFiringNanos ? AlertState.RESOLVED : state;
    }
  }

  private int judge(Samples s, long now, long staleNanos) {
    Metric m = rule.metric;
    if (!s.fresh(m, now, staleNanos)) return NO_DATA;
    switch (rule.kind) {
      case CONSECUTIVE_FAILURES: {
        long count = s.count(m);
        if (count == seenCount) return NO_NEWS;
        seenCount = count;
        consecutive = s.value(m) == 0 ? consecutive + 1 : 0;
        value = consecutive;
        return consecutive >= rule.threshold ? MATCH : consecutive > 0 ? PARTIAL : MISS;
      }
      case COUNT_IN_WINDOW: {
        long count = s.count(m);
        if (count != seenCount) {
          seenCount = count;
          double cumulative = s.value(m);
          if (!Double.isNaN(lastCumulative)) {
            window.add(now, (long) (cumulative >= lastCumulative ? cumulative - lastCumulative : cumulative));
          }
          lastCumulative = cumulative;
        }
        return compare(window.sum(now));
      }
      case PERCENT_OF: {
        Metric limit = rule.limit;
        if (!s.fresh(limit, now, staleNanos) || !(s.value(limit) > 0)) return NO_DATA;
        return compare(100.0 * s.value(m) / s.value(limit));
      }
      default:
        return compare(s.value(m));
    }
  }

  private int compare(double v) {
    value = v;
    double t = state.active() ? rule.clear : rule.threshold;
    return (rule.above ? v > t : v < t) ? MATCH : MISS;
  }
}
