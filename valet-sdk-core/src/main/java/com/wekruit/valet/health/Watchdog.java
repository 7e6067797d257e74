package com.wekruit.valet.health;

import java.util.concurrent.TimeUnit;

/**
 * One pass over the slots on behalf of whoever waits (the scheduler thread, or a caller of {@code runNow}): times out
 * runs past their deadline, reports claims that could not start in time as SATURATED, writes off workers whose check
 * ignores the interrupt, and lets the pool replace stuck workers. Stateless; safe to run from several threads.
 */
final class Watchdog {
  /** How long a timed-out check may take to react to the interrupt before its worker is written off. */
  static final long ABANDON_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private Watchdog() {}

  /** Returns the nanoseconds until the next deadline this pass is waiting for, or {@code Long.MAX_VALUE}. */
  static long patrol(Slot[] slots, Recorder recorder, Workers workers, long nowNanos) {
    long next = Long.MAX_VALUE;
    for (Slot s : slots) {
      Object f = s.flight.get();
      long left = Long.MAX_VALUE;
      if (f instanceof Deadline run) {
        left = run.deadlineNanos() - nowNanos;
        if (left <= 0) recorder.expire(s, run);
      } else if (f == Slot.QUEUED) {
        long claim = s.queuedAtNanos;
        left = claim + s.timeoutNanos - nowNanos;
        if (left <= 0) recorder.saturate(s, claim, workers.max);
      } else if (f == Slot.EXPIRED && !s.expiredRunAbandoned) {
        Deadline run = s.expiredRun;
        left = run.deadlineNanos() + ABANDON_AFTER_NANOS - nowNanos;
        if (left <= 0) {
          s.expiredRunAbandoned = true;
          workers.abandon(run.worker);
        }
      }
      if (left > 0) next = Math.min(next, left);
    }
    workers.supervise(nowNanos);
    return workers.hasQueuedWork() ? Math.min(next, Workers.STALL_NANOS) : next;
  }
}
