package com.wekruit.valet.alert;

import static com.wekruit.valet.alert.AlertState.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEvaluatorTest {
  final FakeTime time = new FakeTime();
  final Samples samples = new Samples();
  final List<AlertEvent> events = new ArrayList<>();

  AlertEvaluator evaluator(Rule... rules) {
    return AlertEvaluator.builder(samples).rules(List.of(rules)).clock(time).ticker(time).onEvent(events::add).build();
  }

  AlertState step(AlertEvaluator e, Metric m, double value, String rule) {
    time.advance(Duration.ofSeconds(60));
    samples.record(m, value, time.nanos());
    e.evaluate();
    return e.alert(rule).orElseThrow().state();
  }

  @Test
  void consecutiveFailuresGoPendingThenFireAndAnySuccessResets() {
    Metric up = samples.metric("api.up");
    AlertEvaluator e = evaluator(Rule.consecutiveFailures(up, 2).name("api_down").severity(Severity.CRITICAL).build());
    assertEquals(INACTIVE, step(e, up, 1, "api_down"));
    assertEquals(PENDING, step(e, up, 0, "api_down"));
    assertEquals(INACTIVE, step(e, up, 1, "api_down"), "a success between failures resets the count (flapping)");
    assertEquals(PENDING, step(e, up, 0, "api_down"));
    assertEquals(FIRING, step(e, up, 0, "api_down"));
    assertEquals(2.0, e.alert("api_down").orElseThrow().value());
    assertEquals(RESOLVED, step(e, up, 1, "api_down"));
    assertEquals(List.of("INACTIVE->PENDING", "PENDING->INACTIVE", "INACTIVE->PENDING", "PENDING->FIRING",
        "FIRING->RESOLVED"), events.stream().map(x -> x.previous() + "->" + x.current()).toList());
  }

  @Test
  void aSampleIsCountedOnceHoweverOftenItIsEvaluated() {
    Metric up = samples.metric("api.up");
    AlertEvaluator e = evaluator(Rule.consecutiveFailures(up, 2).name("api_down").build());
    samples.record(up, 0, time.nanos());
    e.evaluate();
    e.evaluate();
    e.evaluate();
    assertEquals(PENDING, e.alert("api_down").orElseThrow().state(), "one failing result is one failure");
  }

  @Test
  void forDurationNeedsEveryEvaluationToMatchAndOneMissResets() {
    Metric ram = samples.metric("ram.percent");
    AlertEvaluator e = evaluator(Rule.above(ram, 90).forDuration(Duration.ofMinutes(5)).name("ram_high").build());
    assertEquals(PENDING, step(e, ram, 95, "ram_high"));
    for (int i = 0; i < 3; i++) assertEquals(PENDING, step(e, ram, 96, "ram_high"));
    assertEquals(INACTIVE, step(e, ram, 80, "ram_high"), "one miss resets the pending alert");
    assertEquals(PENDING, step(e, ram, 95, "ram_high"));
    for (int i = 0; i < 4; i++) assertEquals(PENDING, step(e, ram, 95, "ram_high"), "minute " + (i + 1));
    assertEquals(FIRING, step(e, ram, 95, "ram_high"), "5 minutes after the first match");
  }

  @Test
  void aDataGapKeepsStateByDefaultAndStaleSamplesAreNoData() {
    Metric ram = samples.metric("ram.percent");
    AlertEvaluator e = evaluator(Rule.above(ram, 90).name("ram_high").build());
    assertEquals(FIRING, step(e, ram, 95, "ram_high"));
    time.advance(Duration.ofMinutes(10));
    e.evaluate();
    assertEquals(FIRING, e.alert("ram_high").orElseThrow().state(), "a stale sample neither resolves nor confirms");
    assertTrue(Double.isNaN(e.alert("ram_high").orElseThrow().value()));
    samples.fail(ram);
    e.evaluate();
    assertEquals(FIRING, e.alert("ram_high").orElseThrow().state());
  }

  @Test
  void noDataPoliciesAlertOrResolve() {
    Metric a = samples.metric("a");
    Metric b = samples.metric("b");
    AlertEvaluator e = evaluator(Rule.above(a, 1).noData(NoDataPolicy.ALERT).name("deadman").build(),
        Rule.above(b, 1).noData(NoDataPolicy.RESOLVE).name("resolves").build());
    samples.record(b, 5, time.nanos());
    e.evaluate();
    assertEquals(FIRING, e.alert("deadman").orElseThrow().state(), "no sample at all fires a dead man's switch");
    assertEquals(FIRING, e.alert("resolves").orElseThrow().state());
    samples.fail(b);
    e.evaluate();
    assertEquals(RESOLVED, e.alert("resolves").orElseThrow().state());
  }

  @Test
  void clearThresholdHoldsAnActiveAlertUntilItIsCrossed() {
    Metric disk = samples.metric("disk.percent");
    AlertEvaluator e = evaluator(Rule.above(disk, 80).clearAt(75).name("disk_high").build());
    assertEquals(FIRING, step(e, disk, 81, "disk_high"));
    assertEquals(FIRING, step(e, disk, 79, "disk_high"), "below the threshold but above the clear threshold");
    assertEquals(FIRING, step(e, disk, 76, "disk_high"));
    assertEquals(RESOLVED, step(e, disk, 74, "disk_high"));
    assertEquals(RESOLVED, step(e, disk, 79, "disk_high"), "a resolved alert uses the firing threshold again");
    assertThrows(IllegalArgumentException.class, () -> Rule.above(disk, 80).clearAt(85));
  }

  @Test
  void keepFiringForRecoversAndReturnsToFiringOnAMatch() {
    Metric ram = samples.metric("ram.percent");
    AlertEvaluator e = evaluator(Rule.above(ram, 90).keepFiringFor(Duration.ofMinutes(3)).name("ram_high").build());
    assertEquals(FIRING, step(e, ram, 95, "ram_high"));
    assertEquals(RECOVERING, step(e, ram, 50, "ram_high"));
    assertEquals(FIRING, step(e, ram, 95, "ram_high"), "flapping back keeps the same episode");
    assertEquals(RECOVERING, step(e, ram, 50, "ram_high"));
    assertEquals(RECOVERING, step(e, ram, 50, "ram_high"));
    assertEquals(RESOLVED, step(e, ram, 50, "ram_high"), "3 minutes after the last match");
    assertEquals(1, events.stream().filter(x -> x.current() == FIRING && x.previous() == INACTIVE).count());
  }

  @Test
  void countInWindowSlidesAndSurvivesCounterResets() {
    Metric errors = samples.metric("errors");
    AlertEvaluator e = evaluator(Rule.countInWindow(errors, 50, Duration.ofMinutes(5)).name("errors").build());
    assertEquals(INACTIVE, step(e, errors, 0, "errors"));
    assertEquals(INACTIVE, step(e, errors, 30, "errors"));
    assertEquals(FIRING, step(e, errors, 51, "errors"), "51 errors within 5 minutes");
    assertEquals(51.0, e.alert("errors").orElseThrow().value());
    for (int i = 0; i < 4; i++) step(e, errors, 51, "errors");
    assertEquals(RESOLVED, step(e, errors, 51, "errors"), "the 30 errors left the window");
    assertEquals(RESOLVED, step(e, errors, 3, "errors"), "the counter was reset (the host restarted): 3 new errors");
    assertEquals(FIRING, step(e, errors, 51, "errors"), "3 + 48 = 51 in the window");
  }

  @Test
  void percentOfAndExpiresWithin() {
    Metric used = samples.metric("pg.connections");
    Metric max = samples.metric("pg.usable");
    Metric tls = samples.metric("tls.seconds");
    AlertEvaluator e = evaluator(Rule.percentOf(used, max, 80).name("db").build(),
        Rule.expiresWithin(tls, Duration.ofDays(14)).name("tls").build());
    samples.record(used, 78, time.nanos());
    samples.record(max, 97, time.nanos());
    samples.record(tls, Duration.ofDays(15).toSeconds(), time.nanos());
    e.evaluate();
    assertEquals(FIRING, e.alert("db").orElseThrow().state(), "78/97 = 80.4 %");
    assertEquals(INACTIVE, e.alert("tls").orElseThrow().state());
    samples.record(max, 0, time.nanos());
    samples.record(tls, Duration.ofDays(13).toSeconds(), time.nanos());
    e.evaluate();
    assertEquals(FIRING, e.alert("db").orElseThrow().state(), "a zero limit is no data: state kept");
    assertEquals(FIRING, e.alert("tls").orElseThrow().state());
  }

  @Test
  void aCriticalTargetDownMutesThatTargetsLesserAlertsOnly() {
    Metric up = samples.metric("api.up");
    Metric lat = samples.metric("api.latency");
    AlertEvaluator e = evaluator(Rule.consecutiveFailures(up, 1).name("api_down").severity(Severity.CRITICAL)
            .target("api").build(), Rule.above(lat, 500).name("api_slow").target("api").build(),
        Rule.above(lat, 500).name("web_slow").target("web").build());
    samples.record(up, 0, time.nanos());
    samples.record(lat, 900, time.nanos());
    e.evaluate();
    assertTrue(e.alert("api_slow").orElseThrow().muted());
    assertFalse(e.alert("web_slow").orElseThrow().muted());
    assertFalse(e.alert("api_down").orElseThrow().muted());
    samples.record(up, 1, time.nanos());
    e.evaluate();
    assertFalse(e.alert("api_slow").orElseThrow().muted(), "unmuted once the target is back");
  }

  @Test
  void badRulesAreRejected() {
    Metric m = samples.metric("m");
    assertThrows(IllegalArgumentException.class, () -> Rule.above(m, 1).build(), "name required");
    assertThrows(IllegalArgumentException.class, () -> Rule.above(m, 1).name("has space"));
    assertThrows(IllegalArgumentException.class, () -> Rule.consecutiveFailures(m, 0));
    assertThrows(IllegalArgumentException.class, () -> Rule.percentOf(m, m, 120));
    assertThrows(IllegalArgumentException.class, () -> Rule.above(m, 1).forDuration(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> Rule.above(m, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> evaluator(Rule.above(m, 1).name("x").build(),
        Rule.above(m, 2).name("x").build()), "duplicate names");
    Metric foreign = new Samples().metric("other");
    assertThrows(IllegalArgumentException.class, () -> evaluator(Rule.above(foreign, 1).name("y").build()));
    assertThrows(IllegalArgumentException.class, () -> samples.record(m, Double.NaN, 0));
  }
}
