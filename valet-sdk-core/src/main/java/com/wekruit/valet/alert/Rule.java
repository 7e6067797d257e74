package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One alert rule over a {@link Metric}: what must hold, for how long, how urgent it is and where it goes.
 *
 * <pre>{@code
 * Rule apiDown = Rule.consecutiveFailures(apiUp, 2).name("api_down").severity(Severity.CRITICAL).target("api").build();
 * Rule ram = Rule.above(ramPercent, 90).forDuration(Duration.ofMinutes(5)).name("ram_high").severity(HIGH).build();
 * Rule disk = Rule.percentOf(diskUsed, diskSize, 80).clearAt(75).name("disk_high").severity(MEDIUM).build();
 * }</pre>
 *
 * <p>Immutable; thread-safe.
 */
public final class Rule {
  /** How a rule reads its metric. */
  public enum Kind { CONSECUTIVE_FAILURES, THRESHOLD, COUNT_IN_WINDOW, PERCENT_OF, EXPIRES_WITHIN }

  final Kind kind;
  final Metric metric;
  final Metric limit;
  final boolean above;
  final double threshold;
  final double clear;
  final long forNanos;
  final long keepFiringNanos;
  final long windowNanos;
  final NoDataPolicy noData;
  private final String name;
  private final Severity severity;
  private final String target;
  private final String channel;
  private final String summary;
  private final String runbook;

  Rule(RuleBuilder b) {
    this.kind = b.kind;
    this.metric = b.metric;
    this.limit = b.limit;
    this.above = b.above;
    this.threshold = b.threshold;
    this.clear = b.clear;
    this.forNanos = b.forDuration.toNanos();
    this.keepFiringNanos = b.keepFiringFor.toNanos();
    this.windowNanos = b.window == null ? 0 : b.window.toNanos();
    this.noData = b.noData;
    this.name = b.name;
    this.severity = b.severity;
    this.target = b.target;
    this.channel = b.channel;
    this.summary = b.summary;
    this.runbook = b.runbook;
  }

  /** Fires on the {@code n}-th consecutive failing sample (value 0) of an up/down metric; any 1 resets it. */
  public static RuleBuilder consecutiveFailures(Metric up, int n) {
    if (n < 1) throw new IllegalArgumentException("consecutive failures must be at least 1, was " + n);
    return new RuleBuilder(Kind.CONSECUTIVE_FAILURES, up, null, true, n);
  }

  /** Matches while the value is strictly above {@code threshold}. */
  public static RuleBuilder above(Metric metric, double threshold) {
    return new RuleBuilder(Kind.THRESHOLD, metric, null, true, threshold);
  }

  /** Matches while the value is strictly below {@code threshold}. */
  public static RuleBuilder below(Metric metric, double threshold) {
    return new RuleBuilder(Kind.THRESHOLD, metric, null, false, threshold);
  }

  /**
   * Matches while a counter (a cumulative count the host increments, e.g. errors) grew by more than
   * {@code moreThan} within the sliding {@code window}. A counter that goes down was reset; its new value counts.
   */
  public static RuleBuilder countInWindow(Metric counter, long moreThan, Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
    if (moreThan < 0) throw new IllegalArgumentException("count threshold must not be negative, was " + moreThan);
    return new RuleBuilder(Kind.COUNT_IN_WINDOW, counter, null, true, moreThan).window(window);
  }

  /** Matches while {@code used} is more than {@code percent} % of {@code limit}; a limit ≤ 0 is no data. */
  public static RuleBuilder percentOf(Metric used, Metric limit, double percent) {
    Objects.requireNonNull(limit, "limit");
    if (!(percent > 0 && percent <= 100)) throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
    return new RuleBuilder(Kind.PERCENT_OF, used, limit, true, percent);
  }

  /** Matches while a metric of seconds left (e.g. until a certificate expires) is below {@code within}. */
  public static RuleBuilder expiresWithin(Metric secondsLeft, Duration within) {
    Objects.requireNonNull(within, "within");
    if (within.isNegative() || within.isZero()) throw new IllegalArgumentException("within must be positive");
    return new RuleBuilder(Kind.EXPIRES_WITHIN, secondsLeft, null, false, within.toSeconds());
  }

  public String name() { return name; }

  public Severity severity() { return severity; }

  /** What the alert is about (e.g. {@code api}); inhibition mutes lesser alerts of a target that is down. */
  public String target() { return target; }

  /** Where notifications go; sinks are registered per channel. */
  public String channel() { return channel; }

  public String summary() { return summary; }

  public String runbook() { return runbook; }

  public Kind kind() { return kind; }

  public double threshold() { return threshold; }

  /** The hysteresis threshold an active alert must cross to stop matching; equals {@link #threshold()} if unset. */
  public double clearThreshold() { return clear; }

  public Duration forDuration() { return Duration.ofNanos(forNanos); }

  public Duration keepFiringFor() { return Duration.ofNanos(keepFiringNanos); }

  public NoDataPolicy noData() { return noData; }

  /** Labels for notifications and silences: {@code alertname}, {@code severity}, {@code target}, {@code channel}. */
  public Map<String, String> labels() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("alertname", name);
    labels.put("severity", severity.name());
    labels.put("target", target);
    labels.put("channel", channel);
    return java.util.Collections.unmodifiableMap(labels);
  }

  @Override
  public String toString() {
    return "Rule[" + name + ", " + kind + " " + metric.name() + (above ? " > " : " < ") + threshold + ", " + severity
        + "]";
  }
}
