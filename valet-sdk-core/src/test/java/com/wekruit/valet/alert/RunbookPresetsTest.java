package com.wekruit.valet.alert;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.scaling.RunbookScaling;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunbookPresetsTest {
  final FakeTime time = new FakeTime();
  final Samples s = new Samples();

  Metric m(String name, double v) {
    Metric metric = s.metric(name);
    s.record(metric, v, time.nanos());
    return metric;
  }

  @Test
  void theSixAlertsFireOnTheRunbooksThresholds() {
    RunbookAlerts.Inputs in = new RunbookAlerts.Inputs(m("up", 0), m("errors", 0), m("pg", 81), m("pg.max", 100),
        m("disk", 81), m("tls", Duration.ofDays(13).toSeconds()), m("ram", 95));
    List<Rule> rules = RunbookAlerts.rules(in, "ops");
    assertEquals(List.of("api_down:CRITICAL", "errors_high:HIGH", "db_connections_high:HIGH", "disk_high:MEDIUM",
        "tls_expiring:MEDIUM", "ram_high:HIGH"), rules.stream().map(r -> r.name() + ":" + r.severity()).toList());
    AlertEvaluator e = AlertEvaluator.builder(s).rules(rules).clock(time).ticker(time).build();
    for (int i = 0; i < 6; i++) {
      time.advance(Duration.ofMinutes(1));
      s.record(in.apiUp(), 0, time.nanos());
      s.record(in.errors(), 60.0 * (i + 1), time.nanos());
      for (Metric x : List.of(in.dbConnections(), in.dbUsable(), in.diskPercent(), in.tlsSecondsLeft(), in.ramPercent())) {
        s.record(x, s.value(x), time.nanos());
      }
      e.evaluate();
    }
    assertEquals("api_down,db_connections_high,disk_high,errors_high,ram_high,tls_expiring", e.snapshot().stream()
        .filter(a -> a.state() == AlertState.FIRING).map(Alert::name).sorted().collect(Collectors.joining(",")));
    assertTrue(e.alert("errors_high").orElseThrow().muted(), "api_down mutes the API's lesser alerts");
    assertFalse(e.alert("disk_high").orElseThrow().muted(), "another target");
  }

  @Test
  void theFiveTriggersDecide() {
    RunbookScaling.Inputs in = new RunbookScaling.Inputs(m("lat", 700), m("queue", 450), m("pg", 50), m("pg.max", 100),
        m("redis", 90), m("redis.max", 100), m("disk", 40));
    RunbookScaling playbook = RunbookScaling.of(in, 8, s, time, time);
    List<ScalingDecision> first = playbook.decide(1);
    assertEquals(ScaleAction.SCALE_UP, first.get(1).action(), first.get(1).record());
    assertEquals(5, first.get(1).desired(), "ceil(450 / 100) workers");
    List<ScaleAction> latency = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      time.advance(Duration.ofMinutes(1));
      for (Metric x : List.of(in.apiLatencyMs(), in.queueDepth(), in.dbConnections(), in.dbUsable(), in.redisUsed(),
          in.redisLimit(), in.diskPercent())) {
        s.record(x, s.value(x), time.nanos());
      }
      latency.add(playbook.decide(5).get(0).action());
    }
    assertEquals(ScaleAction.STEP_UP, latency.get(9), "10 minutes above 500 ms: " + latency);
    assertEquals(1, latency.stream().filter(a -> a == ScaleAction.STEP_UP).count());
    time.advance(Duration.ofMinutes(1));
    for (Metric x : List.of(in.apiLatencyMs(), in.redisUsed(), in.redisLimit(), in.queueDepth())) {
      s.record(x, s.value(x), time.nanos());
    }
    List<ScalingDecision> later = playbook.decide(5);
    assertEquals(List.of("api_latency", "worker_queue", "db_connections", "redis_memory", "disk"),
        later.stream().map(ScalingDecision::policy).toList());
    assertTrue(later.get(0).reason().startsWith("cooldown"), later.get(0).record());
    assertTrue(later.get(3).reason().startsWith("cooldown"), "redis stepped at minute 5: " + later.get(3).record());
    assertEquals(ScaleAction.NONE, later.get(2).action());
    assertEquals("below threshold", later.get(4).reason(), "disk at 40 %");
  }
}
