package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.Deadline;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon timer shared by the checks whose drivers only take whole-second timeouts: at the deadline it runs the
 * check's cut-off (closing its sockets), so a blocked read returns at once. Thread-safe.
 */
final class Cutoffs {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Cutoffs() {}

  /** Runs {@code cutoff} when the deadline passes, unless the returned handle is cancelled first. */
  static ScheduledFuture<?> at(Deadline deadline, Runnable cutoff) {
    return TIMER.schedule(cutoff, deadline.remainingNanos(), TimeUnit.NANOSECONDS);
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
      Thread th = new Thread(r, "valet-health-cutoff");
      th.setDaemon(true);
      return th;
    });
    t.setRemoveOnCancelPolicy(true);
    return t;
  }
}
