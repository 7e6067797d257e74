package com.wekruit.valet.http;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.internal.Timers;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Waits between attempts and polls: {@link #sleep} blocks the caller (blocking API), {@link #schedule} runs a task
 * later without holding a thread (async API). Injected so tests run without waiting on the wall clock.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread; schedules on one shared daemon timer thread. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;

  /** Runs {@code task} after {@code delay} on a timer thread; the task must be short (it only starts the next step). */
  default Future<?> schedule(Duration delay, Runnable task) {
    return Timers.schedule(delay, task);
  }

  /**
   * Sleeps; if interrupted, keeps the thread's interrupt flag and throws a client-side I/O error saying what was
   * interrupted.
   */
  default void sleepOrThrow(Duration duration, String what, int attempts) {
    try {
      sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ValetClientException(ValetClientException.Kind.IO, "interrupted while " + what, e, attempts, false);
    }
  }
}
