package com.wekruit.valet.testing;

import com.wekruit.valet.http.Sleeper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A sleeper whose scheduled tasks run only when the test says so: async waits and retries become steps a test can
 * count, cancel between, and run, with no wall-clock waiting. Blocking sleeps return at once. Thread-safe.
 */
public final class ManualTimer implements Sleeper {
  private final Deque<Runnable> queued = new ArrayDeque<>();

  @Override
  public void sleep(Duration duration) {}

  @Override
  public synchronized Future<?> schedule(Duration delay, Runnable task) {
    queued.add(task);
    notifyAll();
    return CompletableFuture.completedFuture(null);
  }

  /** Waits (up to {@code max}) until a task is queued, e.g. after an async HTTP answer scheduled the next poll. */
  public synchronized boolean awaitQueued(Duration max) throws InterruptedException {
    long until = System.nanoTime() + max.toNanos();
    while (queued.isEmpty()) {
      long left = until - System.nanoTime();
      if (left <= 0) return false;
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  /** Runs the oldest queued task on the calling thread. */
  public void runNext() {
    Runnable r;
    synchronized (this) {
      r = queued.poll();
    }
    if (r != null) r.run();
  }

  public synchronized int queued() {
    return queued.size();
  }
}
