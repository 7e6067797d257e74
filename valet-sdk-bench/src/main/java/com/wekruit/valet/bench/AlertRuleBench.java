package com.wekruit.valet.bench;

import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertEvaluatorBuilder;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.scaling.ScalingAdvisor;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.scaling.ScalingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 11: one rule evaluation per sample (each kind, steady state: no transition), a tick of 10,000 mixed rules
 * over 1,000 metrics, and one scaling decision; beside a floor that compares 10,000 doubles against thresholds and
 * keeps a long per rule (what any evaluator must at least do). Time moves by a field, never by the wall clock.
 */
@State(Scope.Thread)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AlertRuleBench {
  private static final int RULES = 10_000;
  private static final int METRICS = 1_000;
  private long now;
  private Samples one;
  private Metric ram;
  private Metric errors;
  private Metric up;
  private AlertEvaluator threshold;
  private AlertEvaluator window;
  private AlertEvaluator consecutive;
  private Samples many;
  private Metric[] metrics;
  private AlertEvaluator tenThousand;
  private ScalingAdvisor advisor;
  private Metric queue;
  private long errorCount;
  private final double[] floorValues = new double[RULES];
  private final double[] floorThresholds = new double[RULES];
  private final long[] floorSince = new long[RULES];

  @Setup(Level.Trial)
  public void setUp() {
    one = new Samples();
    ram = one.metric("ram");
    errors = one.metric("errors");
    up = one.metric("up");
    queue = one.metric("queue");
    threshold = evaluator(one).rule(Rule.above(ram, 90).forDuration(Duration.ofMinutes(5)).name("ram").build()).build();
    window = evaluator(one).rule(Rule.countInWindow(errors, 50, Duration.ofMinutes(5)).name("errors").build()).build();
    consecutive = evaluator(one).rule(Rule.consecutiveFailures(up, 2).name("up").severity(Severity.CRITICAL).build())
        .build();
    advisor = new ScalingAdvisor(ScalingPolicy.perReplica("workers", queue, 100).replicas(1, 20).build(), one,
        Clock.systemUTC(), () -> now, Duration.ofMinutes(2));
    many = new Samples();
    metrics = new Metric[METRICS];
    for (int i = 0; i < METRICS; i++) metrics[i] = many.metric("m" + i);
    AlertEvaluatorBuilder b = evaluator(many);
    for (int i = 0; i < RULES; i++) {
      Metric m = metrics[i % METRICS];
      Metric other = metrics[(i + 1) % METRICS];
      String name = "r" + i;
      switch (i % 5) {
        case 0 -> b.rule(Rule.above(m, 90).forDuration(Duration.ofMinutes(5)).target("t" + (i % 50)).name(name).build());
        case 1 -> b.rule(Rule.percentOf(m, other, 80).clearAt(75).target("t" + (i % 50)).name(name).build());
        case 2 -> b.rule(Rule.countInWindow(m, 50, Duration.ofMinutes(5)).name(name).build());
        case 3 -> b.rule(Rule.consecutiveFailures(m, 2).severity(Severity.CRITICAL).target("t" + (i % 50)).name(name)
            .build());
        default -> b.rule(Rule.expiresWithin(m, Duration.ofDays(14)).name(name).build());
      }
      floorThresholds[i] = 90;
    }
    tenThousand = b.build();
    for (int i = 0; i < 1_000; i++) tick10k();
  }

  private AlertEvaluatorBuilder evaluator(Samples s) {
    return AlertEvaluator.builder(s).clock(Clock.systemUTC()).ticker(() -> now).staleAfter(Duration.ofHours(1));
  }

  @Benchmark
  public AlertEvaluator ruleThresholdFor() {
    now += 1_000_000_000L;
    one.record(ram, 95, now);
    threshold.evaluate();
    return threshold;
  }

  @Benchmark
  public AlertEvaluator ruleCountInWindow() {
    now += 1_000_000_000L;
    one.record(errors, ++errorCount, now);
    window.evaluate();
    return window;
  }

  @Benchmark
  public AlertEvaluator ruleConsecutiveFailures() {
    now += 1_000_000_000L;
    one.record(up, 0, now);
    consecutive.evaluate();
    return consecutive;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public AlertEvaluator tick10k() {
    now += 60_000_000_000L;
    for (int i = 0; i < METRICS; i++) many.record(metrics[i], 50 + (i & 7), now);
    tenThousand.evaluate();
    return tenThousand;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long floorCompare10k() {
    now += 60_000_000_000L;
    long firing = 0;
    for (int i = 0; i < RULES; i++) {
      floorValues[i] = 50 + (i & 7);
      if (floorValues[i] > floorThresholds[i]) {
        if (floorSince[i] == 0) floorSince[i] = now;
        firing++;
      } else {
        floorSince[i] = 0;
      }
    }
    return firing;
  }

  @Benchmark
  public ScalingDecision scalingDecision() {
    now += 15_000_000_000L;
    one.record(queue, 450, now);
    return advisor.decide(5);
  }
}
