package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.testing.Stall;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How {@code runNow} hands out its batch when some of its checks hang. */
class HealthDispatchTest {
  private static final Duration DEADLINE = Duration.ofMillis(400);
  private static final int HANGING = 40;

  @Test
  void runsThatTimedOutLastTime_startAtOnce_onWorkersKeptBetweenSweeps() throws Exception {
    ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(2).maxThreads(64);
    for (int i = 0; i < HANGING; i++) {
      b.add("hang-" + i, d -> {
        starts.add(System.nanoTime());
        Stall.forever(); // until the deadline's interrupt
        return CheckResult.up();
      }, o -> o.timeout(DEADLINE));
    }
    for (int i = 0; i < 10; i++) b.add("ok-" + i, d -> CheckResult.up(), o -> o.timeout(DEADLINE));
    try (HealthMonitor m = b.build()) {
      m.runNow(); // cold: the pool grows past its 2 stuck workers
      awaitIdle(m);
      int kept = m.stats().threads();
      assertTrue(kept > HANGING, "workers kept between sweeps: " + kept);
      starts.clear();
      long sweep = System.nanoTime();
      HealthReport r = m.runNow();
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sweep);
      assertEquals(HANGING, starts.size(), "every hanging run started");
      long lastStartMs = 0;
      for (long s : starts) lastStartMs = Math.max(lastStartMs, TimeUnit.NANOSECONDS.toMillis(s - sweep));
      assertTrue(lastStartMs < DEADLINE.toMillis() / 2, "last hanging run started " + lastStartMs + " ms in");
      assertTrue(tookMs < DEADLINE.toMillis() * 3 / 2, "sweep took " + tookMs + " ms");
      for (CheckState c : r.checks()) {
        assertEquals(c.name().startsWith("hang-") ? Reason.TIMEOUT : Reason.OK, c.reason(), c.name());
      }
      int after = m.stats().threads();
      assertTrue(after >= kept, "workers lost during the sweep: " + kept + " before, " + after + " after");
    }
  }

  private static void awaitIdle(HealthMonitor m) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (m.running() > 0 && System.nanoTime() < end) m.awaitFirstReport(Duration.ofMillis(10)); // condition poll
    assertEquals(0, m.running(), "runs still in flight");
  }
}
