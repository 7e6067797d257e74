package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LocalHttp;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Schedules and staleness on the monotonic ticker, races of the deadline watchdog, the first report at start. */
class HealthTimeTest {

  @Test
  void steppingTheWallClockBack_neitherStopsRunsNorKeepsAResultFresh() throws Exception {
    FakeTime wall = new FakeTime();
    FakeTicker ticker = new FakeTicker();
    AtomicInteger runs = new AtomicInteger();
    try (HealthMonitor m = HealthMonitor.builder().clock(wall).ticker(ticker).jitter(0)
        .add("api", d -> {
          runs.incrementAndGet();
          return CheckResult.up();
        }, o -> o.interval(Duration.ofSeconds(60)).timeout(Duration.ofSeconds(5))).build()) {
      m.runDue();
      long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (m.running() > 0 && System.nanoTime() < idle) Thread.onSpinWait();
      wall.advance(Duration.ofHours(-1));
      ticker.advance(Duration.ofSeconds(60));
      m.runDue();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (runs.get() < 2 && System.nanoTime() < end) Thread.onSpinWait();
      assertEquals(2, runs.get(), "the next run is due on the ticker, whatever the wall clock says");
      wall.advance(Duration.ofHours(-1));
      ticker.advance(Duration.ofSeconds(121));
      assertEquals(Reason.STALE, m.report().check("api").reason(), "staleness is judged on the ticker");
    }
  }

  @Test
  void aRunStartingAfterThePreviousDeadline_isNeverRecordedAsAFalseTimeout() throws Exception {
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(2);
    for (int i = 0; i < 50; i++) {
      b.add("fast-" + i, d -> CheckResult.up(), o -> o.interval(Duration.ofMillis(40)).timeout(Duration.ofMillis(20)));
    }
    try (HealthMonitor m = b.build()) {
      Thread watchdog = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) m.runDue(); // a second watchdog, racing every claim
      });
      watchdog.start();
      try {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
        while (System.nanoTime() < end) {
          long sweep = System.nanoTime();
          m.runNow();
          while (System.nanoTime() - sweep < TimeUnit.MILLISECONDS.toNanos(21)) Thread.onSpinWait(); // deadline passed
        }
      } finally {
        watchdog.interrupt();
        watchdog.join();
      }
      assertEquals(0, m.stats().timeouts(), "no-op runs recorded as TIMEOUT");
      for (CheckState c : m.report().checks()) assertNotEquals(Reason.TIMEOUT, c.reason(), c.name());
    }
  }

  @Test
  void aWatchdogInterrupt_neverLandsInTheNextCheckOnTheSameThread() throws Exception {
    AtomicInteger leaked = new AtomicInteger();
    try (HealthMonitor m = HealthMonitor.builder().poolSize(1).maxThreads(1)
        .add("late", d -> {
          long end = System.nanoTime() + d.remainingNanos() + 200_000; // ignores the interrupt, ends just late
          while (System.nanoTime() < end) Thread.onSpinWait();
          return CheckResult.up();
        }, o -> o.timeout(Duration.ofMillis(2)))
        .add("next", d -> {
          if (Thread.currentThread().isInterrupted()) leaked.incrementAndGet();
          return CheckResult.up();
        }, o -> o.timeout(Duration.ofMillis(50))).build()) {
      for (int i = 0; i < 200; i++) m.runNow();
      assertEquals(0, leaked.get(), "interrupts that reached the next check");
      assertEquals(Reason.OK, m.report().check("next").reason());
    }
  }

  @Test
  void start_runsEveryCheckAtOnce_andTheFirstReportIsReadyInMilliseconds() throws Exception {
    try (LocalHttp app = LocalHttp.http().route("/api/v1/health", 200, "application/json", "{}");
         HealthMonitor m = HealthMonitor.builder().jitter(0.1)
             .add("api", HttpCheck.get(app.url("/api/v1/health")).build()).build()) {
      long start = System.nanoTime();
      HealthReport r = m.start().awaitFirstReport(Duration.ofSeconds(5));
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(HealthStatus.UP, r.status());
      assertEquals(200, r.httpStatus());
      assertTrue(tookMs < 1_000, "first report after " + tookMs + " ms");
    }
  }

  @Test
  void aMisspeltGroup_isRejectedAtRequestAndWhenTheEndpointIsBuilt() {
    try (HealthMonitor m = HealthMonitor.builder().add("db", d -> CheckResult.up(), o -> o.groups("readiness"))
        .group("liveness").build()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.report("readyness"));
      assertTrue(e.getMessage().contains("[liveness, readiness]"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> new HealthHttpHandler(m, "readyness", x -> false));
      assertEquals(HealthStatus.UP, m.report("liveness").status());
      assertThrows(IllegalArgumentException.class, () -> HealthMonitor.builder().group("Ready ness"));
    }
  }
}
