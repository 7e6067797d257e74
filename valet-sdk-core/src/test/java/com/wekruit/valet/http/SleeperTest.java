package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SleeperTest {
  @Test
  void sleepOrThrow_sleepsTheGivenDuration() {
    FakeTime time = new FakeTime();
    time.sleepOrThrow(Duration.ofMillis(1500), "polling", 1);
    assertEquals(List.of(Duration.ofMillis(1500)), time.sleeps());
  }

  @Test
  void interruptedSleep_becomesAnIoError_andKeepsTheInterruptFlag() {
    InterruptedException interrupt = new InterruptedException("stop");
    Sleeper interrupted = d -> {
      throw interrupt;
    };
    try {
      ValetClientException e = assertThrows(ValetClientException.class,
          () -> interrupted.sleepOrThrow(Duration.ofSeconds(1), "waiting for action 7", 3));
      assertEquals(ValetClientException.Kind.IO, e.kind());
      assertEquals("interrupted while waiting for action 7", e.getMessage());
      assertSame(interrupt, e.getCause());
      assertEquals(3, e.attempts());
      assertFalse(e.retryable());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void defaultSchedule_runsTheTaskLaterOnTheTimerThread() throws Exception {
    Sleeper sleeper = d -> fail("schedule must not block the caller");
    CountDownLatch ran = new CountDownLatch(2);
    AtomicReference<String> thread = new AtomicReference<>();
    Future<?> soon = sleeper.schedule(Duration.ofMillis(1), () -> {
      thread.set(Thread.currentThread().getName());
      ran.countDown();
    });
    Future<?> past = sleeper.schedule(Duration.ofSeconds(-5), ran::countDown);
    assertTrue(ran.await(10, TimeUnit.SECONDS));
    soon.get(10, TimeUnit.SECONDS);
    past.get(10, TimeUnit.SECONDS);
    assertEquals("valet-sdk-timer", thread.get());
  }
}
