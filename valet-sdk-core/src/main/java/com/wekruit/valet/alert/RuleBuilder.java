package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import java.time.Duration;
import java.util.Objects;

/** Builds a {@link Rule}; start with one of {@code Rule}'s factories. Not thread-safe. */
public final class RuleBuilder {
  final Rule.Kind kind;
  final Metric metric;
  final Metric limit;
  final boolean above;
  final double threshold;
  double clear = Double.NaN;
  Duration forDuration = Duration.ZERO;
  Duration keepFiringFor = Duration.ZERO;
  Duration window;
  NoDataPolicy noData = NoDataPolicy.KEEP_STATE;
  String name;
  Severity severity = Severity.HIGH;
  String target = "";
  String channel = "default";
  String summary = "";
  String runbook = "";

  RuleBuilder(Rule.Kind kind, Metric metric, Metric limit, boolean above, double threshold) {
    this.kind = kind;
    this.metric = Objects.requireNonNull(metric, "metric");
    this.limit = limit;
    this.above = above;
    if (Double.isNaN(threshold) || Double.isInfinite(threshold)) throw new IllegalArgumentException("threshold must be finite");
    this.threshold = threshold;
  }

  RuleBuilder window(Duration window) {
    this.window = window;
    return this;
  }

  /** Required: unique among the evaluator's rules; the {@code alertname} label. */
  public RuleBuilder name(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9_.:-]{1,100}")) {
      throw new IllegalArgumentException("rule name must be 1-100 of [A-Za-z0-9_.:-]");
    }
    this.name = name;
    return this;
  }

  public RuleBuilder severity(Severity severity) {
    this.severity = Objects.requireNonNull(severity, "severity");
    return this;
  }

  public RuleBuilder target(String target) {
    this.target = Objects.requireNonNull(target, "target");
    return this;
  }

  public RuleBuilder channel(String channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
    return this;
  }

  public RuleBuilder summary(String summary) {
    this.summary = Objects.requireNonNull(summary, "summary");
    return this;
  }

  /** A link or short instruction included in every notification. */
  public RuleBuilder runbook(String runbook) {
    this.runbook = Objects.requireNonNull(runbook, "runbook");
    return this;
  }

  /** Prometheus {@code for}: the condition must hold at every evaluation for this long; one miss resets. */
  public RuleBuilder forDuration(Duration d) {
    this.forDuration = nonNegative("forDuration", d);
    return this;
  }

  /** An active alert keeps firing this long after its condition last held; a match meanwhile keeps it firing. */
  public RuleBuilder keepFiringFor(Duration d) {
    this.keepFiringFor = nonNegative("keepFiringFor", d);
    return this;
  }

  /** Hysteresis: an active alert stops matching only once the value crosses {@code clear} (e.g. fire above 80, clear below 75). */
  public RuleBuilder clearAt(double clear) {
    if (kind == Rule.Kind.CONSECUTIVE_FAILURES) throw new IllegalArgumentException("clearAt does not apply to consecutive failures");
    if (Double.isNaN(clear) || Double.isInfinite(clear)) throw new IllegalArgumentException("clear threshold must be finite");
    if (above ? clear > threshold : clear < threshold) {
      throw new IllegalArgumentException("clear threshold " + clear + " must be on the safe side of " + threshold);
    }
    this.clear = clear;
    return this;
  }

  public RuleBuilder noData(NoDataPolicy policy) {
    this.noData = Objects.requireNonNull(policy, "noData");
    return this;
  }

  public Rule build() {
    if (name == null) throw new IllegalArgumentException("a rule needs a name");
    if (limit != null && limit.owner() != metric.owner()) throw new IllegalArgumentException("metrics of different tables");
    if (Double.isNaN(clear)) clear = threshold;
    return new Rule(this);
  }

  private static Duration nonNegative(String field, Duration d) {
    Objects.requireNonNull(d, field);
    if (d.isNegative()) throw new IllegalArgumentException(field + " must not be negative, was " + d);
    return d;
  }
}
