package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.testing.LocalHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many checks hanging on real loopback servers must not make healthy targets look down or late. */
class HealthSaturationTest {
  private static final Duration DEADLINE = Duration.ofMillis(300);
  private final List<AutoCloseable> resources = new ArrayList<>();
  private LoopbackServer silent;
  private LocalHttp ok;

  @BeforeEach
  void servers() throws Exception {
    silent = track(LoopbackServer.silent());
    ok = track(LocalHttp.http().route("/ok", 200, "text/plain", "ok"));
    // load OkHttp's classes once: a cold JVM's first call takes longer than these deadlines on a busy machine
    assertEquals(HealthStatus.UP, HttpCheck.get(ok.url("/ok")).build().check(Deadline.in(Duration.ofSeconds(5))).status());
  }

  @AfterEach
  void close() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) resources.get(i).close();
  }

  private <T extends AutoCloseable> T track(T t) {
    resources.add(t);
    return t;
  }

  private HealthMonitorBuilder hanging(HealthMonitorBuilder b, int n, Duration interval) {
    for (int i = 0; i < n; i++) {
      b.add("hang-" + i, HttpCheck.get("http://127.0.0.1:" + silent.port() + "/h" + i).build(),
          o -> o.interval(interval).timeout(DEADLINE));
    }
    return b;
  }

  private HealthMonitor build(HealthMonitorBuilder b) {
    return track(b.build());
  }

  @Test
  void fourHangingChecksOnAPoolOfTwo_doNotKeepAHealthyTargetDown() throws Exception {
    HealthMonitorBuilder b = hanging(HealthMonitor.builder().poolSize(2), 4, Duration.ofSeconds(60));
    HealthMonitor m = build(b.add("ok", HttpCheck.get(ok.url("/ok")).build(), o -> o.timeout(DEADLINE)));
    long start = System.nanoTime();
    HealthReport r = m.runNow();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(HealthStatus.UP, r.check("ok").status(), r.toJson(true));
    assertEquals(Reason.TIMEOUT, r.check("hang-3").reason());
    assertTrue(tookMs < DEADLINE.toMillis() + 200, "runNow took " + tookMs + " ms for a " + DEADLINE + " deadline");
  }

  @Test
  void aHundredHangingTargets_healthyOnesStayUp_withinTheDeadline() throws Exception {
    Duration deadline = Duration.ofSeconds(1);
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(4);
    for (int i = 0; i < 100; i++) {
      b.add("hang-" + i, HttpCheck.get("http://127.0.0.1:" + silent.port() + "/h" + i).build(),
          o -> o.timeout(deadline));
    }
    for (int i = 0; i < 20; i++) {
      b.add("ok-" + i, HttpCheck.get(ok.url("/ok")).build(), o -> o.timeout(deadline));
    }
    HealthMonitor m = build(b);
    HealthReport first = m.runNow(); // a cold pool grows from 4 threads; no healthy target may look down meanwhile
    assertTrue(first.checks().stream().noneMatch(c -> c.name().startsWith("ok") && c.status() == HealthStatus.DOWN),
        first.toJson(true));
    long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (m.running() > 0 && System.nanoTime() < idle) m.awaitFirstReport(Duration.ofMillis(10)); // condition poll
    long start = System.nanoTime();
    HealthReport r = m.runNow();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    long up = r.checks().stream().filter(c -> c.status() == HealthStatus.UP).count();
    long timeouts = r.checks().stream().filter(c -> c.reason() == Reason.TIMEOUT).count();
    assertEquals(20, up, r.toJson(true));
    assertEquals(100, timeouts);
    assertTrue(tookMs < deadline.toMillis() * 3 / 2, "took " + tookMs + " ms for a " + deadline + " deadline");
  }

  @Test
  void fiftyHangingChecksOnAOneSecondInterval_allRunOnTime_andNothingGoesStale() throws Exception {
    HealthMonitorBuilder b = hanging(HealthMonitor.builder().poolSize(2), 50, Duration.ofSeconds(1));
    HealthMonitor m = build(b.add("ok", HttpCheck.get(ok.url("/ok")).build(),
        o -> o.interval(Duration.ofSeconds(1)).timeout(DEADLINE)));
    m.start();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (m.report().check("ok").consecutiveSuccesses() < 3 && System.nanoTime() < end) {
      m.awaitFirstReport(Duration.ofMillis(100)); // a condition poll, not a timer
    }
    HealthReport r = m.report();
    assertTrue(r.check("ok").consecutiveSuccesses() >= 3, r.toJson(true));
    for (CheckState c : r.checks()) {
      assertNotEquals(Reason.STALE, c.reason(), c.name());
      assertNotEquals(Reason.SATURATED, c.reason(), c.name());
      if (c.name().startsWith("hang-")) assertTrue(c.consecutiveFailures() >= 2, c.name() + " ran once only");
    }
  }

  @Test
  void aRunThatCannotStart_isSaturated_aMonitorLimitNotItsTargetsFailure() throws Exception {
    List<HealthEvent> events = new CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
    resources.add(() -> release.set(true));
    HealthMonitor m = build(HealthMonitor.builder().poolSize(1).maxThreads(1)
        .add("stuck", d -> { // holds the only worker: ignores its deadline and the interrupt
          while (!release.get()) Thread.onSpinWait();
          return CheckResult.up();
        }, o -> o.timeout(DEADLINE))
        .add("ok", HttpCheck.get(ok.url("/ok")).build(), o -> o.timeout(DEADLINE))
        .onStatusChange(events::add));
    HealthReport r = m.runNow();
    CheckState okState = r.check("ok");
    assertEquals(HealthStatus.UNKNOWN, okState.status(), "never DOWN: the target was not even tried");
    assertEquals(Reason.SATURATED, okState.reason());
    assertEquals(0, okState.consecutiveFailures());
    assertEquals(503, r.httpStatus(), "nothing known about a critical check");
    assertTrue(m.stats().saturatedRuns() >= 1);
    assertTrue(events.stream().anyMatch(e -> e.current().reason() == Reason.SATURATED));
  }

  @Test
  void anUnknownCriticalCheck_ranksAboveDegraded_soTheEndpointSays503() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    resources.add(release::countDown);
    HealthMonitor m = build(HealthMonitor.builder()
        .add("cache", d -> CheckResult.degraded(Reason.SLOW, "slow", null), o -> o.critical(false))
        .add("db", d -> {
          release.await();
          return CheckResult.up();
        }));
    m.runDue();
    m.awaitFirstReport(Duration.ofMillis(300)); // returns once cache has its result; db is still in flight
    HealthReport r = m.report();
    assertEquals(HealthStatus.DEGRADED, r.check("cache").status());
    assertEquals(Reason.NOT_YET_RUN, r.check("db").reason());
    assertEquals(HealthStatus.UNKNOWN, r.status());
    assertEquals(503, r.httpStatus(), "a critical check not run yet must not be 200");
  }
}
