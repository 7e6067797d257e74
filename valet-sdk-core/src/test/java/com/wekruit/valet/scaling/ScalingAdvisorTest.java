package com.wekruit.valet.scaling;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScalingAdvisorTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final Metric cpu = samples.metric("cpu.percent");
  final Metric queue = samples.metric("queue.depth");

  ScalingAdvisor advisor(ScalingPolicy p) {
    return new ScalingAdvisor(p, samples, time, time, Duration.ofMinutes(2));
  }

  ScalingDecision at(ScalingAdvisor a, Metric m, double v, int current, Duration step) {
    time.advance(step);
    samples.record(m, v, time.nanos());
    return a.decide(current);
  }

  @Test
  void hpaRatioWithToleranceAndRecord() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 50).replicas(1, 10).build());
    ScalingDecision within = at(a, cpu, 54, 4, Duration.ofSeconds(15));
    assertEquals(ScaleAction.NONE, within.action(), within.record());
    assertTrue(within.withinTolerance());
    assertEquals(5, within.raw(), "ceil(4 × 54/50) = 5, but 1.08 is within 0.1");
    ScalingDecision up = at(a, cpu, 100, 4, Duration.ofSeconds(15));
    assertEquals(8, up.desired(), up.record());
    assertEquals(2.0, up.ratio());
    assertTrue(up.record().contains("raw=8") && up.record().contains("action=SCALE_UP"), up.record());
  }

  @Test
  void scaleDownWaitsOutTheStabilizationWindow() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 50).replicas(1, 10).build());
    assertEquals(8, at(a, cpu, 100, 4, Duration.ofSeconds(15)).desired());
    for (int s = 15; s < 300; s += 15) {
      ScalingDecision d = at(a, cpu, 25, 8, Duration.ofSeconds(15));
      assertEquals(8, d.desired(), "the rolling max of 300 s still holds 8 at " + s + " s: " + d.record());
      assertEquals(4, d.afterTolerance());
    }
    ScalingDecision down = at(a, cpu, 25, 8, Duration.ofSeconds(15));
    assertEquals(4, down.desired(), down.record());
  }

  @Test
  void ratePoliciesLimitScaleUpPerPeriod() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("api", cpu, 10).replicas(1, 100)
        .scaleUpPolicies(RatePolicy.pods(4, Duration.ofSeconds(60))).build());
    ScalingDecision first = at(a, cpu, 100, 2, Duration.ofSeconds(15));
    assertEquals(20, first.raw());
    assertEquals(6, first.desired(), "+4 pods per 60 s: " + first.record());
    ScalingDecision second = at(a, cpu, 100, 6, Duration.ofSeconds(15));
    assertEquals(6, second.desired(), "the period's 4 pods are spent");
    ScalingDecision later = at(a, cpu, 100, 6, Duration.ofSeconds(60));
    assertEquals(10, later.desired());
  }

  @Test
  void noDataNeverScalesDownAndFallbackAfterRepeatedFailures() {
    ScalingAdvisor a = advisor(ScalingPolicy.perReplica("workers", queue, 100).replicas(1, 10).fallback(3, 2)
        .stabilization(Duration.ZERO, Duration.ZERO).build());
    assertEquals(5, at(a, queue, 450, 1, Duration.ofSeconds(30)).desired());
    samples.fail(queue);
    time.advance(Duration.ofSeconds(30));
    ScalingDecision gap = a.decide(5);
    assertEquals(5, gap.desired(), gap.record());
    assertTrue(Double.isNaN(gap.value()));
    samples.fail(queue);
    samples.fail(queue);
    time.advance(Duration.ofSeconds(30));
    ScalingDecision fb = a.decide(5);
    assertTrue(fb.fallback(), fb.record());
    assertEquals(2, fb.desired());
    assertEquals(3, fb.sourceFailures());
  }

  @Test
  void kedaPerReplicaActivationAndScaleToZero() {
    ScalingAdvisor a = advisor(ScalingPolicy.perReplica("workers", queue, 100).replicas(0, 10)
        .activationThreshold(5).stabilization(Duration.ZERO, Duration.ZERO).build());
    assertEquals(0, at(a, queue, 5, 0, Duration.ofSeconds(30)).desired(), "5 is not strictly above activation 5");
    assertEquals(1, at(a, queue, 6, 0, Duration.ofSeconds(30)).desired());
    assertEquals(3, at(a, queue, 250, 1, Duration.ofSeconds(30)).desired(), "ceil(250/100)");
    assertEquals(0, at(a, queue, 0, 3, Duration.ofSeconds(30)).desired());
  }

  @Test
  void cooldownHoldsADisruptiveChange() {
    ScalingAdvisor a = advisor(ScalingPolicy.ratio("db", cpu, 50).replicas(1, 8).cooldown(Duration.ofHours(1))
        .stabilization(Duration.ZERO, Duration.ZERO).build());
    assertEquals(2, at(a, cpu, 100, 1, Duration.ofMinutes(1)).desired());
    ScalingDecision held = at(a, cpu, 100, 2, Duration.ofMinutes(10));
    assertEquals(2, held.desired());
    assertTrue(held.reason().startsWith("cooldown"), held.reason());
    assertEquals(4, at(a, cpu, 100, 2, Duration.ofMinutes(51)).desired());
  }

  @Test
  void stepTriggerNeedsTheWholeWindowFreshDataAndRespectsCooldown() {
    StepTrigger t = new StepTrigger(com.wekruit.valet.alert.Rule.above(cpu, 500).forDuration(Duration.ofMinutes(10))
        .name("resize_vps").build(), Duration.ofHours(24), samples, time, time);
    for (int i = 0; i < 10; i++) assertEquals(ScaleAction.NONE, stepOf(t, 700).action(), "minute " + i);
    assertEquals(ScaleAction.STEP_UP, stepOf(t, 700).action());
    ScalingDecision again = stepOf(t, 700);
    assertTrue(again.reason().startsWith("cooldown"), again.record());
    time.advance(Duration.ofMinutes(5));
    assertEquals("no data: no action", t.decide().reason());
    assertThrows(IllegalArgumentException.class, () -> ScalingPolicy.ratio("x", cpu, 0));
    assertThrows(IllegalArgumentException.class, () -> ScalingPolicy.ratio("x", cpu, 1).replicas(5, 2));
    assertThrows(IllegalArgumentException.class, () -> RatePolicy.pods(1, Duration.ofHours(1)));
  }

  ScalingDecision stepOf(StepTrigger t, double v) {
    time.advance(Duration.ofMinutes(1));
    samples.record(cpu, v, time.nanos());
    return t.decide();
  }
}
