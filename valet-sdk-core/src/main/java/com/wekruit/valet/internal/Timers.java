package com.wekruit.valet.internal;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** One daemon timer thread for the SDK's delayed async steps; tasks only hand work on, never block. Not API. */
public final class Timers {
  private static final ScheduledThreadPoolExecutor TIMER = daemon("valet-sdk-timer");

  private Timers() {}

  public static Future<?> schedule(Duration delay, Runnable task) {
    return TIMER.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }

  /**
   * A one-thread daemon timer that drops cancelled tasks at once, for a component whose timing must not wait on the
   * shared timer's tasks.
   */
  public static ScheduledThreadPoolExecutor daemon(String threadName) {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
      Thread thread = new Thread(r, threadName);
      thread.setDaemon(true);
      return thread;
    });
    t.setRemoveOnCancelPolicy(true);
    return t;
  }
}
