package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code runNow()} without {@code start()}: back by its deadline whatever a check does, and never throws for it. */
class HealthRunNowTest {
  private static final Duration DEADLINE = Duration.ofMillis(500);
  private final List<AutoCloseable> resources = new ArrayList<>();
  private volatile boolean release;

  @AfterEach
  void close() throws Exception {
    release = true;
    for (int i = resources.size() - 1; i >= 0; i--) resources.get(i).close();
  }

  private HealthMonitor monitor(HealthCheck check) {
    HealthMonitor m = HealthMonitor.builder().add("c", check, o -> o.timeout(DEADLINE)).build();
    resources.add(m);
    return m;
  }

  private void assertBackByTheDeadline(HealthMonitor m) throws Exception {
    long start = System.nanoTime();
    HealthReport r = m.runNow();
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(tookMs < DEADLINE.toMillis() + 300, "runNow took " + tookMs + " ms on a 500 ms deadline");
    assertEquals(Reason.TIMEOUT, r.check("c").reason());
    assertEquals(HealthStatus.DOWN, r.status());
  }

  @Test
  void aCheckThatSleeps_doesNotHoldRunNowPastTheDeadline() throws Exception {
    assertBackByTheDeadline(monitor(d -> {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (!release && System.nanoTime() < end) {
        try {
          com.wekruit.valet.testing.Stall.of(java.time.Duration.ofSeconds(3));
        } catch (InterruptedException ignored) {
          // a check that swallows the interrupt and sleeps on
        }
      }
      return CheckResult.up();
    }));
  }

  @Test
  void aCheckThatSpins_isTimedOut_andItsWorkerWrittenOff() throws Exception {
    HealthMonitor m = monitor(d -> {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (!release && System.nanoTime() < end) Thread.onSpinWait();
      return CheckResult.up();
    });
    assertBackByTheDeadline(m);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (m.stats().abandonedThreads() == 0 && System.nanoTime() < end) m.awaitFirstReport(Duration.ofMillis(20));
    m.runDue();
    assertEquals(1, m.stats().abandonedThreads(), "the spinning worker is counted as abandoned");
  }

  @Test
  void aCheckBlockedOnASocketWithoutTimeout_doesNotHoldRunNow() throws Exception {
    LoopbackServer silent = LoopbackServer.silent();
    resources.add(silent);
    Socket socket = new Socket();
    resources.add(socket);
    assertBackByTheDeadline(monitor(d -> {
      socket.connect(new InetSocketAddress("127.0.0.1", silent.port()));
      try (InputStream in = socket.getInputStream()) {
        return in.read() >= 0 ? CheckResult.up() : CheckResult.down(Reason.CONNECT_FAILED, "closed");
      }
    }));
  }

  @Test
  void errorsAreDownException_withTheCauseKeptRedacted_neverRethrown_andTheWorkerSurvives() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    HealthMonitor m = monitor(d -> switch (runs.incrementAndGet()) {
      case 1 -> CheckResult.up();
      case 2 -> throw new AssertionError("password=hunter2");
      case 3 -> CheckResult.up(java.util.Map.of("depth", recurse(0)));
      default -> CheckResult.up();
    });
    assertEquals(HealthStatus.UP, m.runNow().status());
    CheckState assertion = m.runNow().check("c");
    assertEquals(HealthStatus.DOWN, assertion.status(), "the last UP must not stand");
    assertEquals(Reason.EXCEPTION, assertion.reason());
    assertEquals(AssertionError.class.getName(), assertion.error().getMessage());
    assertFalse(m.report().toJson(true).contains("hunter2"));
    assertFalse(String.valueOf(assertion.error()).contains("hunter2"));
    assertTrue(assertion.error().getStackTrace().length > 0, "the stack trace is kept for diagnostics");
    CheckState overflow = m.runNow().check("c");
    assertEquals(Reason.EXCEPTION, overflow.reason());
    assertEquals(StackOverflowError.class.getName(), overflow.error().getMessage());
    assertEquals(HealthStatus.UP, m.runNow().status(), "the worker survived both errors");
    assertEquals(4, runs.get());
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
