package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {
  private final FakeTime time = new FakeTime();
  private final FakeTicker ticker = new FakeTicker();
  private final List<HealthMonitor> monitors = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void closeAll() {
    release.countDown();
    monitors.forEach(HealthMonitor::close);
  }

  /** A check that returns the scripted results in order, then repeats the last one. */
  static final class Scripted implements HealthCheck {
    final List<CheckResult> results;
    final AtomicInteger runs = new AtomicInteger();

    Scripted(CheckResult... results) {
      this.results = List.of(results);
    }

    @Override
    public CheckResult check(Deadline deadline) {
      int i = runs.getAndIncrement();
      return results.get(Math.min(i, results.size() - 1));
    }
  }

  private HealthCheck hangs() {
    return d -> {
      release.await();
      return CheckResult.up();
    };
  }

  private HealthMonitor monitor(HealthMonitorBuilder b) {
    HealthMonitor m = b.clock(time).ticker(ticker).jitter(0).build();
    monitors.add(m);
    return m;
  }

  private static CheckResult down() {
    return CheckResult.down(Reason.CONNECT_FAILED, "refused");
  }

  @Test
  void beforeTheFirstRun_statusIsUnknownNotYetRun_and503() {
    HealthMonitor m = monitor(HealthMonitor.builder().add("api", new Scripted(CheckResult.up())));
    HealthReport r = m.report();
    assertEquals(HealthStatus.UNKNOWN, r.status());
    assertEquals(Reason.NOT_YET_RUN, r.check("api").reason());
    assertEquals(503, r.httpStatus());
  }

  @Test
  void countersAreStrictlyConsecutive() throws Exception {
    Scripted s = new Scripted(down(), CheckResult.up(), down(), down(), CheckResult.up());
    HealthMonitor m = monitor(HealthMonitor.builder().add("db", s));
    int[][] expected = {{1, 0}, {0, 1}, {1, 0}, {2, 0}, {0, 1}};
    for (int[] e : expected) {
      CheckState c = m.runNow().check("db");
      assertEquals(e[0], c.consecutiveFailures(), "failures after run " + s.runs.get());
      assertEquals(e[1], c.consecutiveSuccesses(), "successes after run " + s.runs.get());
    }
  }

  @Test
  void runDue_honoursEachInterval_onTheInjectedClock() throws Exception {
    Scripted fast = new Scripted(CheckResult.up());
    Scripted slow = new Scripted(CheckResult.up());
    HealthMonitor m = monitor(HealthMonitor.builder()
        .add("fast", fast, o -> o.interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(1)))
        .add("slow", slow, o -> o.interval(Duration.ofSeconds(60)).timeout(Duration.ofSeconds(1))));
    for (int second = 0; second <= 60; second++) {
      m.runDue();
      awaitIdle(m);
      elapse(Duration.ofSeconds(1));
    }
    assertEquals(7, fast.runs.get(), "at 0, 10, ..., 60 s");
    assertEquals(2, slow.runs.get(), "at 0 and 60 s");
  }

  @Test
  void jitterSpreadsRunsWithinTheConfiguredFraction() {
    Scripted s = new Scripted(CheckResult.up());
    HealthMonitor m = HealthMonitor.builder().clock(time).ticker(ticker).jitter(0.1).random(new Random(7))
        .add("api", s, o -> o.interval(Duration.ofSeconds(60)).timeout(Duration.ofSeconds(1))).build();
    monitors.add(m);
    List<Long> starts = new ArrayList<>();
    for (int second = 0; second < 600; second++) {
      int before = s.runs.get();
      m.runDue();
      awaitIdle(m);
      if (s.runs.get() > before) starts.add((long) second);
      elapse(Duration.ofSeconds(1));
    }
    assertEquals(0L, starts.get(0), "the first run is not jittered: it happens at start");
    for (int i = 1; i < starts.size(); i++) {
      long gap = starts.get(i) - starts.get(i - 1);
      assertTrue(gap >= 54 && gap <= 67, "gap " + gap + " within 60 s +/- 10 % (+1 s tick): " + starts);
    }
    assertTrue(starts.stream().distinct().count() >= 9);
  }

  @Test
  void resultsOlderThanTwiceTheInterval_areStale() throws Exception {
    HealthMonitor m = monitor(HealthMonitor.builder().add("api", new Scripted(CheckResult.up()),
        o -> o.interval(Duration.ofSeconds(60)).timeout(Duration.ofSeconds(5))));
    assertEquals(HealthStatus.UP, m.runNow().status());
    elapse(Duration.ofSeconds(119));
    assertEquals(HealthStatus.UP, m.report().status());
    elapse(Duration.ofSeconds(2));
    HealthReport r = m.report();
    assertEquals(HealthStatus.DOWN, r.status());
    assertEquals(Reason.STALE, r.check("api").reason());
    assertEquals(503, r.httpStatus());
  }

  @Test
  void aggregationIsWorstOf_nonCriticalOnlyDegrades_andGroupsFilter() throws Exception {
    HealthMonitor m = monitor(HealthMonitor.builder()
        .add("self", new Scripted(CheckResult.up()), o -> o.groups("liveness", "readiness"))
        .add("redis", new Scripted(down()), o -> o.critical(false).groups("readiness"))
        .add("db", new Scripted(CheckResult.up(), down()), o -> o.groups("readiness")).group("nobody"));
    HealthReport first = m.runNow();
    assertEquals(HealthStatus.DEGRADED, first.status(), "non-critical DOWN only degrades");
    assertEquals(200, first.httpStatus());
    assertEquals(HealthStatus.UP, m.report("liveness").status());
    assertEquals(1, m.report("liveness").checks().size());
    m.runNow();
    assertEquals(HealthStatus.DOWN, m.report("readiness").status());
    assertEquals(HealthStatus.UP, m.report("liveness").status(), "liveness has no external dependency");
    assertEquals(HealthStatus.UP, m.report("nobody").status(), "a declared group without checks");
  }

  @Test
  void aReportReadWhileEveryCheckHangs_returnsAtOnce_andTimeoutsAreDown() throws Exception {
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(4);
    for (int i = 0; i < 4; i++) {
      b.add("hung-" + i, hangs(), o -> o.interval(Duration.ofSeconds(60)).timeout(Duration.ofMillis(200)));
    }
    HealthMonitor m = monitor(b);
    m.runDue();
    HealthReport during = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> m.report());
    assertEquals(HealthStatus.UNKNOWN, during.status());
    HealthReport after = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> m.runNow());
    assertEquals(HealthStatus.DOWN, after.status());
    for (CheckState c : after.checks()) assertEquals(Reason.TIMEOUT, c.reason(), c.name());
  }

  @Test
  void singleFlight_aRunStillInFlightIsNotStartedAgain() throws Exception {
    AtomicInteger starts = new AtomicInteger();
    HealthMonitor m = monitor(HealthMonitor.builder().add("hung", d -> {
      starts.incrementAndGet();
      release.await();
      return CheckResult.up();
    }, o -> o.interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(1))));
    m.runDue();
    for (int i = 0; i < 5; i++) {
      elapse(Duration.ofSeconds(10));
      m.runDue();
    }
    release.countDown();
    awaitIdle(m);
    assertEquals(1, starts.get());
  }

  @Test
  void statusChangesArePublished_onceEach() throws Exception {
    List<HealthEvent> events = new CopyOnWriteArrayList<>();
    HealthMonitor m = monitor(HealthMonitor.builder().onStatusChange(events::add)
        .add("api", new Scripted(CheckResult.up(), CheckResult.up(), down(), down(), CheckResult.up())));
    for (int i = 0; i < 5; i++) m.runNow();
    assertEquals(3, events.size());
    assertNull(events.get(0).previous());
    assertEquals(HealthStatus.DOWN, events.get(1).current().status());
    assertEquals(HealthStatus.UP, events.get(2).current().status());
  }

  @Test
  void readingAnUnchangedReport_returnsTheSameSnapshot() throws Exception {
    HealthMonitor m = monitor(HealthMonitor.builder().add("api", new Scripted(CheckResult.up())));
    m.runNow();
    assertSame(m.report(), m.report());
    assertEquals("{\"status\":\"UP\",\"checks\":{\"api\":{\"status\":\"UP\"}}}", m.report().toJson(false));
    assertTrue(m.report().toJson(true).contains("\"reason\":\"OK\""));
  }

  @Test
  void exceptionsAreDown_withTheExceptionTypeOnly() throws Exception {
    HealthMonitor m = monitor(HealthMonitor.builder().add("boom", d -> {
      throw new IllegalStateException("password=hunter2 in a message");
    }));
    CheckState c = m.runNow().check("boom");
    assertEquals(HealthStatus.DOWN, c.status());
    assertEquals(Reason.EXCEPTION, c.reason());
    assertFalse(m.report().toJson(true).contains("hunter2"));
  }

  @Test
  void badConfiguration_failsAtBuildNamingTheField() {
    HealthCheck ok = d -> CheckResult.up();
    assertMessage("timeout", () -> HealthMonitor.builder().add("api", ok,
        o -> o.interval(Duration.ofSeconds(10)).timeout(Duration.ofSeconds(10))).build());
    assertMessage("name", () -> HealthMonitor.builder().add("", ok));
    assertMessage("name", () -> HealthMonitor.builder().add("a", ok).add("a", ok));
    assertMessage("interval", () -> HealthMonitor.builder().add("a", ok, o -> o.interval(Duration.ofSeconds(-1))).build());
    assertMessage("jitter", () -> HealthMonitor.builder().jitter(0.9));
    assertMessage("poolSize", () -> HealthMonitor.builder().poolSize(0));
  }

  static void assertMessage(String field, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(ex.getMessage().contains(field), ex.getMessage());
  }

  /** Moves the wall clock and the ticker together. */
  private void elapse(Duration d) {
    time.advance(d);
    ticker.advance(d);
  }

  /** Waits (on a condition, not a timer) until no check of the monitor is running. */
  private static void awaitIdle(HealthMonitor m) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (m.running() > 0) {
      if (System.nanoTime() > deadline) fail("checks did not finish");
      Thread.onSpinWait();
    }
  }
}
